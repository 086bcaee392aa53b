namespace Provisioner.Core.Reports;

/// <summary>How many devices a run had and how they ended.</summary>
public sealed record ReportSummary
{
    /// <summary>The number of devices.</summary>
    public required int Devices { get; init; }

    /// <summary>Devices per outcome name (<c>ok</c>, <c>would-change</c>...), in taxonomy order; outcomes with no device are absent.</summary>
    public required IReadOnlyDictionary<string, int> Outcomes { get; init; }
}
