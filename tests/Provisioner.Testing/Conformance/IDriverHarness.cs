using Provisioner.Abstractions;
using Provisioner.Core;

namespace Provisioner.Testing.Conformance;

/// <summary>
/// What a driver test project provides to run <see cref="DriverConformanceTests{THarness}"/>: the
/// driver, a simulated device it talks to, and targets pointing at it. Used as an xUnit class fixture.
/// </summary>
public interface IDriverHarness : IAsyncLifetime
{
    /// <summary>The driver under test.</summary>
    IDeviceDriver Driver { get; }

    /// <summary>The simulated device <see cref="Target"/> points at.</summary>
    ISimulatedDevice Device { get; }

    /// <summary>The device with correct credentials; its desired settings differ from the initial state in at least one writable setting.</summary>
    DeviceTarget Target { get; }

    /// <summary>The same device with credentials it refuses.</summary>
    DeviceTarget WrongCredentialsTarget { get; }

    /// <summary>An address/port on loopback where nothing listens.</summary>
    DeviceTarget UnreachableTarget { get; }

    /// <summary>Resolves the secret references of the targets.</summary>
    ISecretResolver Secrets { get; }

    /// <summary>Engine options for the suite; a short request timeout keeps the silence test fast.</summary>
    EngineOptions EngineOptions { get; }

    /// <summary>An out-of-band change to stage after apply; its key must be readable and writable.</summary>
    SettingChange Drift { get; }

    /// <summary>A writable, readable key whose desired value differs from the initial state (used for reject and lost-write tests).</summary>
    SettingKey FaultKey { get; }

    /// <summary>Tests this driver is known to fail, with reasons.</summary>
    KnownDeviations Deviations { get; }

    /// <summary>Puts the device back to its initial state with no faults and an empty write log.</summary>
    /// <param name="cancellationToken">Cancels the reset.</param>
    /// <returns>A task that completes when reset.</returns>
    Task ResetAsync(CancellationToken cancellationToken);
}
