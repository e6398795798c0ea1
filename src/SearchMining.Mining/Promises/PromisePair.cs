using SearchMining.Core.Domain;

namespace SearchMining.Mining.Promises;

/// <summary>A commitment of year N beside one statement of year N+1, with the kind the linker reads (<see cref="PlannedMeasures"/>), the features and the score.</summary>
public sealed record PromisePair(Commitment Commitment, Statement Statement, StatementKind Kind, PairFeatures Features, double Score);
