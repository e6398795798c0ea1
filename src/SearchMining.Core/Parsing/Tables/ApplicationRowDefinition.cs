using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>One row of the section-三 table: its stable code, official label and the words that recognise it.</summary>
/// <param name="SubNumber">The row's item number inside its group (1. 属于国家秘密 → 1), used to cut run-together markers.</param>
public sealed record ApplicationRowDefinition(string Code, string Label, Regex Keyword, int? SubNumber);
