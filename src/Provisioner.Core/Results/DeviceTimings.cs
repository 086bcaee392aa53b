namespace Provisioner.Core;

/// <summary>Where the time of one device went. Phases not reached are null.</summary>
public sealed record DeviceTimings
{
    /// <summary>When the device's work started (from the injected <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Opening the session (connect, authenticate).</summary>
    public TimeSpan? Open { get; init; }

    /// <summary>Identifying the device.</summary>
    public TimeSpan? Identify { get; init; }

    /// <summary>Reading the settings.</summary>
    public TimeSpan? Read { get; init; }

    /// <summary>Snapshot, write and commit.</summary>
    public TimeSpan? Write { get; init; }

    /// <summary>Reading back and verifying (and restoring when needed).</summary>
    public TimeSpan? Verify { get; init; }

    /// <summary>Everything, including retries and back-off.</summary>
    public TimeSpan Total { get; init; }
}
