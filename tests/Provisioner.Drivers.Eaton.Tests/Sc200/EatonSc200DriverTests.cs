using System.Net;
using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;
using Provisioner.Core;
using Provisioner.Drivers.Eaton.Tests.Conformance;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Eaton.Tests.Sc200;

public sealed class EatonSc200DriverTests(Sc200V2cHarness harness) : IClassFixture<Sc200V2cHarness>
{
    private static readonly Oid Email = Oid.Parse("1.3.6.1.4.1.1918.2.13.10.30.65");

    private OpenRequest Open(SessionMode mode) => new()
    {
        DeviceName = harness.Target.Name,
        Address = harness.Target.Address,
        Port = harness.Target.Port,
        Credentials = harness.Target.Credentials,
        Secrets = harness.Secrets,
        Mode = mode,
        Timeout = TimeSpan.FromSeconds(1),
    };

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new DriverCatalog([harness.Driver]), harness.Secrets, new Provisioner.Core.SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);

    [Fact]
    public async Task IdentifyAsync_LabSc200_ReportsModelAndFirmware()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("SC200", "4.04", "1.3.6.1.4.1.1918.2.13"), (id.Model, id.Firmware, id.Detail(SnmpIdentityRule.SysObjectIdKey)));
    }

    [Fact]
    public async Task IdentifyAsync_FirstRequestLost_ResendWithinTheTimeoutIsAnswered()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly) with { Timeout = TimeSpan.FromSeconds(6) }, CancellationToken.None);
        harness.LabDevice.Faults.Silent = true;

        var identify = session.IdentifyAsync(CancellationToken.None).AsTask();
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        harness.LabDevice.Faults.Silent = false;
        var id = await identify;

        Assert.Equal("SC200", id.Model);
    }

    [Fact]
    public async Task ReadAsync_FirstAfterIdentify_ServedFromTheIdentifyGetButAfterAWriteAsksAgain()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        await session.IdentifyAsync(CancellationToken.None);
        harness.LabDevice.Mib.Poke("smtp-Server-Port.0", new Integer32(2525));

        var first = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpPort } }, CancellationToken.None);
        await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRelay, new TextValue("10.6.0.25"))] }, CancellationToken.None);
        harness.LabDevice.Mib.Poke("smtp-Server-Port.0", new Integer32(587));
        var afterWrite = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpPort } }, CancellationToken.None);

        Assert.Equal(new IntegerValue(25), Assert.IsType<Observed.Known>(first.Values[SettingKey.SmtpPort]).Value);
        Assert.Equal(new IntegerValue(587), Assert.IsType<Observed.Known>(afterWrite.Values[SettingKey.SmtpPort]).Value);
    }

    [Fact]
    public async Task Session_InTheEnginesApplyOrder_TakesThreeRoundTrips()
    {
        await harness.ResetAsync(CancellationToken.None);
        var keys = harness.Driver.Descriptor.Settings.Select(s => s.Key).ToHashSet();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        await session.IdentifyAsync(CancellationToken.None);
        await session.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);
        await ((ISupportsSnapshot)session).SnapshotAsync(new SnapshotRequest { Keys = keys }, CancellationToken.None);
        var written = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRelay, new TextValue("10.6.0.25")), new SettingChange(SettingKey.AlertsMinimumSeverity, new SeverityValue(AlertSeverity.Major))] }, CancellationToken.None);
        await session.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);

        Assert.All(written.Statuses.Values, s => Assert.Equal(WriteStatus.Applied, s));
        Assert.Equal(3, ((Provisioner.Drivers.SnmpCommon.SnmpDriverSession)session).RoundTrips);
    }

    [Fact]
    public async Task Session_InTheEnginesPlanOrder_TakesOneRoundTrip()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        await session.IdentifyAsync(CancellationToken.None);
        await session.ReadAsync(new ReadRequest { Keys = harness.Driver.Descriptor.Settings.Select(s => s.Key).ToHashSet() }, CancellationToken.None);

        Assert.Equal(1, ((Provisioner.Drivers.SnmpCommon.SnmpDriverSession)session).RoundTrips);
    }

    [Fact]
    public async Task SnapshotAsync_AfterReadBeforeAnyWrite_IsWhatTheReadReturned()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        var keys = new HashSet<SettingKey> { SettingKey.SmtpPort };
        await session.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);
        harness.LabDevice.Mib.Poke("smtp-Server-Port.0", new Integer32(2525));

        var snapshot = await ((ISupportsSnapshot)session).SnapshotAsync(new SnapshotRequest { Keys = keys }, CancellationToken.None);

        Assert.Equal(new IntegerValue(25), Assert.IsType<Observed.Known>(snapshot.Snapshot.Values[SettingKey.SmtpPort]).Value);
    }

    [Fact]
    public async Task Apply_DeviceIsNotAnSc200_EngineRefusesBeforeAnyReadOrWrite()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.LabDevice.Mib.Poke("sysObjectID.0", new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.318.1.3.27")));

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.IdentityMismatch, result.Outcome);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "device.identityMismatch");
        Assert.Contains("snmp.sysObjectID is '1.3.6.1.4.1.318.1.3.27', expected under 1.3.6.1.4.1.1918.2.13", diagnostic.Detail, StringComparison.Ordinal);
        Assert.Empty(harness.LabDevice.Mib.WriteLog);
    }

    [Fact]
    public async Task Apply_Ipv6Relay_RejectedBeforeAnyWriteWithClearDiagnostic()
    {
        await harness.ResetAsync(CancellationToken.None);
        var target = harness.Target with { Desired = harness.Target.Desired with { RelayAddress = "2001:db8::25" } };

        var result = await RunAsync(target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "eaton.relayNotIpv4" && d.Path == "smtp.relay");
        Assert.Empty(harness.LabDevice.Mib.WriteLog);
    }

    [Fact]
    public async Task Apply_RecipientsWithLevels_LandInFixedRowsAndUnusedRowsAreCleared()
    {
        await harness.ResetAsync(CancellationToken.None);
        var mib = harness.LabDevice.Mib;
        mib.Poke("email-Receiver-Address.4", OctetString.FromString("old@contoso.com"));
        mib.Poke("email-Receiver-Level.4", new Integer32(1));

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);

        Assert.Equal(("alerts-power@contoso.com", 1), Row(1));
        Assert.Equal(("alerts-critical@contoso.com", 5), Row(2));
        Assert.Equal((string.Empty, 4), Row(4));
        Assert.Equal(new Integer32(1), mib.Get(Email.Append(10, 0)));
        Assert.Equal(new IpAddress(IPAddress.Parse("10.6.0.25")), mib.Get(Email.Append(20, 0)));
    }

    [Fact]
    public async Task SendTestMessageAsync_AfterApply_MailArrivesInCaptureFromEveryRow()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.Lab.Capture.Clear();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.True(response.Sent, string.Join("; ", response.Diagnostics));
        Assert.Equal("receiver 1: 250, receiver 2: 250", response.DeviceResult);
        Assert.Equal(["alerts-critical@contoso.com", "alerts-power@contoso.com"], harness.Lab.Capture.Messages.SelectMany(m => m.EnvelopeTo).Order());
        Assert.All(harness.Lab.Capture.Messages, m => Assert.Equal("dcp-lab-01@contoso.com", m.EnvelopeFrom));
    }

    [Fact]
    public async Task SendTestMessageAsync_RelayTheLabDoesNotStandInFor_Reports9999()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target with { Desired = harness.Target.Desired with { RelayAddress = "10.99.0.1" } }, RunMode.Apply);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(response.Sent);
        Assert.All(response.Diagnostics, d => Assert.Equal("eaton.testMailFailed", d.Code));
        Assert.Contains("9999", response.DeviceResult, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreAsync_AfterChanges_PutsEveryObjectBack()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);
        var snapshot = await ((ISupportsSnapshot)session).SnapshotAsync(new SnapshotRequest(), CancellationToken.None);
        var before = harness.LabDevice.Mib.Export();
        await RunAsync(harness.Target, RunMode.Apply);

        var restored = await ((ISupportsSnapshot)session).RestoreAsync(new RestoreRequest { Snapshot = snapshot.Snapshot }, CancellationToken.None);

        Assert.True(restored.Restored);
        Assert.Equal(before, harness.LabDevice.Mib.Export());
    }

    private (string, int) Row(int row) =>
        (harness.LabDevice.Mib.Get(Email.Append(60, 1, 10, (uint)row)).ToString()!, ((Integer32)harness.LabDevice.Mib.Get(Email.Append(60, 1, 20, (uint)row))).Value);
}
