using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Eaton.Tests.Conformance;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Eaton.Tests.Sc300;

public sealed class EatonSc300DriverTests(Sc300V2cHarness harness) : IClassFixture<Sc300V2cHarness>
{
    private static readonly Oid Email = Oid.Parse("1.3.6.1.4.1.1918.2.14.10.30.65");

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);

    [Fact]
    public async Task IdentifyAsync_LabSc300_ReportsModelFirmwareAndSysObjectId()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(
            new OpenRequest { DeviceName = harness.Target.Name, Address = harness.Target.Address, Port = harness.Target.Port, Credentials = harness.Target.Credentials, Secrets = harness.Secrets, Mode = SessionMode.ReadOnly },
            CancellationToken.None);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("SC300", "1.17", "1.3.6.1.4.1.1918.2.14"), (id.Model, id.Firmware, id.Detail(SnmpIdentityRule.SysObjectIdKey)));
    }

    [Fact]
    public async Task Apply_WritesTheSenderToEmailFromAddressAndTheRelayAsText()
    {
        await harness.ResetAsync(CancellationToken.None);
        var mib = harness.LabDevice.Mib;

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);

        Assert.Equal("dcp-lab-01@contoso.com", mib.Get(Email.Append(42, 0)).ToString());
        Assert.Equal(string.Empty, mib.Get(Email.Append(40, 0)).ToString());
        Assert.Equal(OctetString.FromString("10.6.0.25"), mib.Get(Email.Append(20, 0)));
        Assert.Equal(new Integer32(5), mib.Get(Email.Append(60, 1, 20, 2)));
    }

    [Fact]
    public async Task Apply_Ipv6Relay_IsStoredBecauseTheSc300HoldsAnInetAddressString()
    {
        await harness.ResetAsync(CancellationToken.None);
        var target = harness.Target with { Desired = harness.Target.Desired with { RelayAddress = "2001:db8::25" } };

        var result = await RunAsync(target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(OctetString.FromString("2001:db8::25"), harness.LabDevice.Mib.Get(Email.Append(20, 0)));
    }

    [Fact]
    public async Task SendTestMessageAsync_AfterApply_MailFromTheFromAddressArrivesFromEveryRow()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.Lab.Capture.Clear();
        await using var session = await harness.Driver.OpenAsync(
            new OpenRequest { DeviceName = harness.Target.Name, Address = harness.Target.Address, Port = harness.Target.Port, Credentials = harness.Target.Credentials, Secrets = harness.Secrets, Mode = SessionMode.ReadWrite, Timeout = TimeSpan.FromSeconds(1) },
            CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.True(response.Sent, string.Join("; ", response.Diagnostics));
        Assert.Equal("receiver 1: 250, receiver 2: 250", response.DeviceResult);
        Assert.All(harness.Lab.Capture.Messages, m => Assert.Equal("dcp-lab-01@contoso.com", m.EnvelopeFrom));
    }
}
