using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Dell.Tests.Conformance;

namespace Provisioner.Drivers.Dell.Tests.Idrac9;

/// <summary>Shared plumbing of the iDRAC driver tests: open requests and engine runs against the harness.</summary>
/// <param name="harness">The lab harness.</param>
public abstract class IdracTestBase(IdracLabHarness harness) : IClassFixture<IdracLabHarness>
{
    protected IdracLabHarness Harness { get; } = harness;

    protected OpenRequest Open(SessionMode mode, DeviceTarget? target = null)
    {
        target ??= Harness.Target;
        return new OpenRequest
        {
            DeviceName = target.Name,
            Address = target.Address,
            Port = target.Port,
            Credentials = target.Credentials,
            Secrets = Harness.Secrets,
            Mode = mode,
            Trust = target.Trust,
            Timeout = TimeSpan.FromSeconds(2),
        };
    }

    protected Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new DriverCatalog([Harness.Driver]), Harness.Secrets, new SecretRedactor(), Harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);

    protected static string Describe(DeviceResult result) => string.Join(" | ", result.Diagnostics.Select(d => $"{d.Code} {d.Path}: {d.Summary}. {d.Detail}"));
}
