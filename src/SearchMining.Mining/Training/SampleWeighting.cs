namespace SearchMining.Mining.Training;

/// <summary>How training statements are weighted (synthetic statements weigh 1 unless <see cref="Synthetic"/>).</summary>
[Flags]
public enum SampleWeighting
{
    /// <summary>Every statement weighs 1.</summary>
    None = 0,
    /// <summary>An agency's statements weigh about 1/√(its statements), so agencies with many statements do not dominate.</summary>
    Agency = 1,
    /// <summary>Near-duplicate statements of one agency (repeated year after year) share one weight.</summary>
    NearDuplicates = 2,
    Both = Agency | NearDuplicates,
    /// <summary>Synthetic statements weigh <see cref="StatementWeights.SyntheticWeight"/> (they carry wording of no one agency).</summary>
    Synthetic = 4,
    /// <summary>
    /// Real statements whose text is close to another agency's (<see cref="Evaluation.CloseText.Dice"/>: the Pingtan units'
    /// shared templates) share one weight per cluster of close texts, so a template copied by many agencies counts once.
    /// </summary>
    Templates = 8,
    /// <summary>Statements of the Pingtan archive weigh <see cref="StatementWeights.PingtanWeight"/> (the archive dominates the corpus).</summary>
    Pingtan = 16,
    /// <summary>
    /// Round 8: every agency's real statements weigh the same in total (factor mean mass / the agency's mass, no clamp), so
    /// an agency with two statements counts as much as a Pingtan unit with forty; <see cref="Agency"/> only takes the square root.
    /// </summary>
    AgencyEqual = 32,
}
