namespace SearchMining.Core.Evaluation;

/// <summary>The 总计 column of four rows of the section-三 table, as a person reads them (null: the cell is not in the text).</summary>
public sealed record GoldTable3(decimal? NewReceived, decimal? CarriedOver, decimal? Total, decimal? CarriedForward);
