namespace Provisioner.Abstractions;

/// <summary>
/// Optional capabilities of a driver's sessions. Each flag must agree with the interface its sessions
/// implement; the conformance suite checks it.
/// </summary>
[Flags]
public enum DriverCapabilities
{
    /// <summary>Only the three primitives.</summary>
    None = 0,

    /// <summary>Sessions implement <see cref="ISupportsCommit"/>.</summary>
    Commit = 1,

    /// <summary>Sessions implement <see cref="ISupportsSnapshot"/>.</summary>
    Snapshot = 2,

    /// <summary>Sessions implement <see cref="ISupportsTestMessage"/>.</summary>
    TestMessage = 4,
}
