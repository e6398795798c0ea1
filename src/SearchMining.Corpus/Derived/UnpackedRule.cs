namespace SearchMining.Corpus.Derived;

/// <summary>A rule's stored results unpacked (<see cref="DerivedStore.Unpack"/>): their JSON array, and whether it is the slim form (<see cref="SlimResults"/>).</summary>
internal readonly record struct UnpackedRule(ReadOnlyMemory<byte> Json, bool Slim);
