using Provisioner.Abstractions;

namespace Provisioner.Core.Reports;

/// <summary>How observations and values are shown in reports.</summary>
internal static class ReportValues
{
    public static string Display(Observed? observed) => observed switch
    {
        Observed.Known k => k.Value.ToDisplayString(),
        Observed.Absent => "(empty)",
        Observed.WriteOnly => "(write-only)",
        Observed.NotSupported => "(not supported)",
        _ => "(not read)",
    };

    public static string Comparison(ComparisonKind kind) => kind switch
    {
        ComparisonKind.Match => "match",
        ComparisonKind.Differs => "differs",
        ComparisonKind.Unverifiable => "unverifiable",
        _ => "not-supported",
    };

    public static string Command(RunMode mode) => mode switch
    {
        RunMode.Apply => "apply",
        RunMode.Diff => "diff",
        _ => "plan",
    };
}
