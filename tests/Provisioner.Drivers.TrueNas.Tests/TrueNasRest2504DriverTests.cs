using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.TrueNas.Tests.Conformance;

namespace Provisioner.Drivers.TrueNas.Tests;

/// <summary>SCALE 25.04: the alert-service shape before 25.10 (top-level <c>type</c>) is written and read back.</summary>
public sealed class TrueNasRest2504DriverTests(TrueNasRest2504Harness harness) : IClassFixture<TrueNasRest2504Harness>
{
    [Fact]
    public async Task Apply_WritesTheLegacyShape_AndIsSteadyAfterwards()
    {
        await harness.ResetAsync(CancellationToken.None);
        var engine = new DeviceEngine(new DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System);

        Assert.Equal(DeviceOutcome.Changed, (await engine.RunAsync(harness.Target, RunMode.Apply, CancellationToken.None)).Outcome);
        var second = await engine.RunAsync(harness.Target, RunMode.Plan, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Unverifiable, second.Outcome);
        Assert.Equal(["Mail", "Mail"], harness.Model.ServiceState().Select(s => s["type"]!.GetValue<string>()));
        Assert.Contains(second.Identity!.Diagnostics, d => d.Detail.Contains("shape up to 25.04", StringComparison.Ordinal));
    }
}
