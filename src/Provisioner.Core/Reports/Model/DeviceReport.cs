namespace Provisioner.Core.Reports;

/// <summary>One device in a <see cref="RunReport"/>.</summary>
public sealed record DeviceReport
{
    /// <summary>The inventory name.</summary>
    public required string Name { get; init; }

    /// <summary>The site.</summary>
    public required string Site { get; init; }

    /// <summary>The device kind.</summary>
    public required string Kind { get; init; }

    /// <summary>The driver id.</summary>
    public required string Driver { get; init; }

    /// <summary>The management address, with the port when the inventory gave one.</summary>
    public required string Address { get; init; }

    /// <summary>The outcome name, e.g. <c>would-change</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>Attempts made (more than 1 after timeout retries; 0 when skipped).</summary>
    public required int Attempts { get; init; }

    /// <summary>What the device said it is; null when not reached.</summary>
    public IdentityReport? Identity { get; init; }

    /// <summary>Every desired setting compared with the device before any change.</summary>
    public required IReadOnlyList<SettingReport> Before { get; init; }

    /// <summary>The changes written (apply only).</summary>
    public required IReadOnlyList<ChangeReport> Changes { get; init; }

    /// <summary>The comparison after writing (apply only).</summary>
    public required IReadOnlyList<SettingReport> ReadBack { get; init; }

    /// <summary>Changes a person must make by hand.</summary>
    public required IReadOnlyList<ManualStepReport> ManualSteps { get; init; }

    /// <summary>Diagnostics, redacted.</summary>
    public required IReadOnlyList<DiagnosticReport> Diagnostics { get; init; }

    /// <summary>Where the time went.</summary>
    public required TimingsReport Timings { get; init; }
}
