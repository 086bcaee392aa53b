namespace Provisioner.Snmp.Tests.Interop;

/// <summary>The outcome of one operation for one matrix row.</summary>
/// <param name="Case">The row.</param>
/// <param name="Operation">The column.</param>
/// <param name="Failure">Null when it worked; otherwise what went wrong.</param>
internal sealed record InteropCellResult(InteropCase Case, InteropOperation Operation, string? Failure)
{
    /// <summary>True when the operation worked.</summary>
    public bool Passed => Failure is null;
}
