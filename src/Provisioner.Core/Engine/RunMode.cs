namespace Provisioner.Core;

/// <summary>What a run does to devices.</summary>
public enum RunMode
{
    /// <summary>Read and compare; report what apply would change. Sessions are read-only.</summary>
    Plan = 0,

    /// <summary>Read, compare, write the differences, commit, read back, verify, revert on mismatch.</summary>
    Apply = 1,

    /// <summary>Read and compare as a drift report. Sessions are read-only.</summary>
    Diff = 2,
}
