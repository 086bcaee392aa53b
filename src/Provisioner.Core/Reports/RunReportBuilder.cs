using Provisioner.Abstractions;

namespace Provisioner.Core.Reports;

/// <summary>
/// Turns a <see cref="RunResult"/> into a <see cref="RunReport"/> of display strings. Structured fields
/// (names, site, driver, address, outcome, setting values) never hold a secret: sensitive settings show
/// <c>[redacted]</c> by construction, so they are copied as they are. Only free text that may carry one
/// (diagnostics, the device's identity answers, manual steps) passes through the redactor.
/// </summary>
public static class RunReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="run">The run.</param>
    /// <param name="redactor">The run's redactor (<see cref="DeviceEngine.Redactor"/>), for the free text.</param>
    /// <returns>The report.</returns>
    public static RunReport Build(RunResult run, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(redactor);
        string R(string text) => redactor.Redact(text) ?? string.Empty;
        var devices = run.Devices.Select(d => Device(d, R)).ToList();
        return new RunReport
        {
            Command = ReportValues.Command(run.Mode),
            StartedAt = run.StartedAt,
            FinishedAt = run.FinishedAt,
            DurationMs = Ms(run.FinishedAt - run.StartedAt),
            Cancelled = run.Cancelled,
            ExitCode = run.ExitCode,
            Summary = new ReportSummary
            {
                Devices = run.Devices.Count,
                Outcomes = run.Counts.ToDictionary(p => p.Key.ToKebabCase(), p => p.Value),
            },
            Findings = [.. DriftAnalyzer.Analyze(run.Devices)],
            Devices = devices,
            ManualSteps = [.. devices.SelectMany(d => d.ManualSteps.Select(s => new RolloutStepReport(d.Name, d.Site, d.Address, s.Setting, s.What, s.Where, s.Value)))],
        };
    }

    private static DeviceReport Device(DeviceResult d, Func<string, string> r) => new()
    {
        Name = d.Target.Name,
        Site = d.Target.Site,
        Kind = d.Target.Kind,
        Driver = d.Target.DriverId,
        Address = d.Target.Port is { } port ? $"{d.Target.Address}:{port}" : d.Target.Address,
        Outcome = d.Outcome.ToKebabCase(),
        Attempts = d.Attempts,
        Identity = d.Identity is { } i ? new IdentityReport(Opt(i.Vendor, r), Opt(i.Model, r), Opt(i.Firmware, r), Opt(i.Serial, r)) : null,
        Before = [.. d.Before.Select(Setting)],
        Changes = [.. d.Changes.Select(c => Change(c, d.Before))],
        ReadBack = [.. d.ReadBack.Select(Setting)],
        ManualSteps = [.. d.ManualSteps.Select(s => new ManualStepReport(s.Key.Name, r(s.What), r(s.Where), Wanted(d, s.Key)))],
        Diagnostics = [.. d.Diagnostics.Select(x => new DiagnosticReport(x.Severity.ToString().ToLowerInvariant(), x.Code, r(x.Summary), r(x.Detail), x.Path is null ? null : r(x.Path)))],
        Timings = new TimingsReport
        {
            StartedAt = d.Timings.StartedAt,
            TotalMs = Ms(d.Timings.Total),
            OpenMs = Ms(d.Timings.Open),
            IdentifyMs = Ms(d.Timings.Identify),
            ReadMs = Ms(d.Timings.Read),
            WriteMs = Ms(d.Timings.Write),
            VerifyMs = Ms(d.Timings.Verify),
        },
    };

    private static SettingReport Setting(SettingComparison c) => new(
        c.Key.Name,
        ReportValues.Comparison(c.Kind),
        c.Sensitive ? Secret.Redacted : c.Desired.ToDisplayString(),
        c.Sensitive && c.Actual is Observed.Known ? Secret.Redacted : ReportValues.Display(c.Actual));

    private static ChangeReport Change(SettingChange change, IReadOnlyList<SettingComparison> before)
    {
        var sensitive = before.FirstOrDefault(c => c.Key == change.Key)?.Sensitive ?? change.Value is SecretValue;
        var from = sensitive && change.Previous is Observed.Known ? Secret.Redacted : ReportValues.Display(change.Previous);
        return new ChangeReport(change.Key.Name, from, sensitive ? Secret.Redacted : change.Value.ToDisplayString());
    }

    private static string? Wanted(DeviceResult d, SettingKey key) =>
        d.Before.FirstOrDefault(c => c.Key == key) is { Sensitive: false } c ? c.Desired.ToDisplayString() : null;

    private static string? Opt(string? text, Func<string, string> r) => text is null ? null : r(text);

    private static long Ms(TimeSpan span) => (long)Math.Round(span.TotalMilliseconds);

    private static long? Ms(TimeSpan? span) => span is { } s ? Ms(s) : null;
}
