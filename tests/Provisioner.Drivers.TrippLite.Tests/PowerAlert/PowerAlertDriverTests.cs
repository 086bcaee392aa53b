using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Devices.TrippLite;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.TrippLite.Tests;

public sealed class PowerAlertDriverTests(PowerAlert20V2cHarness harness) : IClassFixture<PowerAlert20V2cHarness>
{
    private static readonly ContactTable Table = Oids.PowerAlert;

    [Fact]
    public async Task Apply_ExistingRow_IsUpdatedNotInServiceThenActive_NewRowCreatedAndGo()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        var statusWrites = StatusWrites();
        Assert.Equal(["1=2", "1=1", "2=4"], statusWrites);
        Assert.Equal("alerts-newyork-power@contoso.com", Cell(Table.AddressColumn, 1));
        Assert.Equal("alerts-critical", Cell(Table.NameColumn, 2));
        Assert.Equal(new Gauge32(2), harness.SnmpDevice.Store.Inner.Get(Table.Count));
    }

    [Fact]
    public async Task Apply_FewerRecipients_DestroysTheRowsAfterTheList()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.SnmpDevice.Store.ClearLog();
        var target = harness.Target with { Desired = harness.Target.Desired with { Recipients = [new Recipient("alerts-newyork-power@contoso.com")] } };

        var result = await RunAsync(target, RunMode.Apply);

        // Only manual steps remain (settings set by hand): the checklist lists them, the device is ok.
        Assert.Equal(DeviceOutcome.Ok, (await RunAsync(target, RunMode.Plan)).Outcome);
        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(["2=6"], StatusWrites());
        Assert.IsType<NoSuchInstance>(harness.SnmpDevice.Store.Inner.Get(ContactTable.Cell(Table.AddressColumn, 2)));
    }

    [Fact]
    public async Task Apply_AgentWithoutCreateAndGo_CreatesWithCreateAndWaitThenActive()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.SnmpDevice.Store.Reset(PowerAlertLabModel.CreatePowerAlert20("ups-ny-03", acceptsCreateAndGo: false).Store);

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(["1=2", "1=1", "2=4", "2=5", "2=1"], StatusWrites());
        Assert.Equal(new Integer32(1), harness.SnmpDevice.Store.Inner.Get(ContactTable.Cell(Table.StatusColumn, 2)));
    }

    [Fact]
    public async Task SendTestMessage_SetsTheTestColumnOfEveryActiveContact()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        await using var session = await harness.Driver.OpenAsync(Request(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.True(response.Sent);
        Assert.Equal(["alerts-newyork-power@contoso.com", "alerts-critical@contoso.com"], harness.Model!.TestMails);
        Assert.Equal(new Integer32(2), harness.SnmpDevice.Store.Inner.Get(ContactTable.Cell(Table.TestColumn, 1)));
    }

    [Fact]
    public async Task SendTestMessage_ReadOnlySession_Throws()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Request(SessionMode.ReadOnly), CancellationToken.None);

        await Assert.ThrowsAsync<ReadOnlySessionException>(async () => await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None));
        Assert.Empty(harness.Model!.TestMails);
    }

    [Fact]
    public async Task Plan_RelayAndFrom_AreManualSteps()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Plan);

        Assert.Contains(result.ManualSteps, s => s.Key.Equals(SettingKey.SmtpRelay));
        Assert.Contains(result.ManualSteps, s => s.Key.Equals(SettingKey.SmtpFrom));
    }

    private List<string> StatusWrites() =>
        [.. harness.SnmpDevice.Store.Log.Where(b => b.Oid.Length == Table.StatusColumn.Length + 1 && b.Oid.StartsWith(Table.StatusColumn)).Select(b => $"{b.Oid[^1]}={b.Value}")];

    private string Cell(Oid column, uint row) => harness.SnmpDevice.Store.Inner.Get(ContactTable.Cell(column, row)).ToString()!;

    private OpenRequest Request(SessionMode mode) => new()
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
        new DeviceEngine(new Core.DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
