namespace Provisioner.Core.Reports;

/// <summary>Where a device's time went, in whole milliseconds; phases not reached are null.</summary>
public sealed record TimingsReport
{
    /// <summary>When the device's work started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Total, retries included.</summary>
    public required long TotalMs { get; init; }

    /// <summary>Opening the session.</summary>
    public long? OpenMs { get; init; }

    /// <summary>Identifying.</summary>
    public long? IdentifyMs { get; init; }

    /// <summary>Reading.</summary>
    public long? ReadMs { get; init; }

    /// <summary>Snapshot, write, commit.</summary>
    public long? WriteMs { get; init; }

    /// <summary>Read-back, verify, restore.</summary>
    public long? VerifyMs { get; init; }
}
