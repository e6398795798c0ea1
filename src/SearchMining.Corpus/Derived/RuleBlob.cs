namespace SearchMining.Corpus.Derived;

/// <summary>The packed results of one rule on one report (<see cref="DerivedStore.Pack"/>): result number <see cref="FirstN"/> is its first element.</summary>
internal sealed record RuleBlob(int RuleOrder, int FirstN, byte[] Packed);
