using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Apc.Tests;

public sealed class NetBotzDriverTests(NetBotzV2cHarness harness) : IClassFixture<NetBotzV2cHarness>
{
    [Fact]
    public async Task Plan_BackupRelayAndSecondaryList_ShowAsDifferences()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Plan);

        var relay = Assert.Single(result.Before, c => c.Key.Equals(SettingKey.SmtpRelay));
        Assert.Equal("10.0.0.9 (backup 10.0.0.8)", ((Observed.Known)relay.Actual!).Value.ToDisplayString());
        var recipients = Assert.Single(result.Before, c => c.Key.Equals(SettingKey.SmtpRecipients));
        Assert.Equal("facilities@contoso.com, ops@contoso.com, oncall@contoso.com", ((Observed.Known)recipients.Actual!).Value.ToDisplayString());
    }

    [Fact]
    public async Task Apply_WritesOneCommaListAndClearsSecondaryAndBackup()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        var store = harness.SnmpDevice.Store.Inner;
        Assert.Equal("alerts-newyork-env@contoso.com,alerts-critical@contoso.com", store.Get(Oids.PrimaryEmail).ToString());
        Assert.Equal(string.Empty, store.Get(Oids.SecondaryEmail).ToString());
        Assert.Equal("10.6.0.25", store.Get(Oids.Smtp).ToString());
        Assert.Equal(string.Empty, store.Get(Oids.BackupSmtp).ToString());
    }

    [Fact]
    public async Task Plan_ListWithSpacesAndSemicolons_MatchesWhenSameAddresses()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.SnmpDevice.Store.Inner.SetValue(Oids.PrimaryEmail, OctetString.FromString(" Alerts-NewYork-Env@contoso.com ; alerts-critical@contoso.com,"));

        var result = await RunAsync(harness.Target, RunMode.Plan);

        Assert.Contains(result.Before, c => c.Key.Equals(SettingKey.SmtpRecipients) && c.Kind == ComparisonKind.Match);
    }

    [Fact]
    public async Task Apply_ListLongerThanTheObject_IsRejectedBeforeWriting()
    {
        await harness.ResetAsync(CancellationToken.None);
        var many = Enumerable.Range(1, 12).Select(i => new Recipient($"alerts-distribution-group-{i:00}@contoso.com")).ToList();
        var target = harness.Target with { Desired = harness.Target.Desired with { Recipients = many } };

        var result = await RunAsync(target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "snmp.valueNotStorable" && d.Path == "smtp.recipients");
        Assert.DoesNotContain(harness.SnmpDevice.Store.Log, b => b.Value.ToString()!.Contains("distribution-group", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plan_FromAddress_IsAManualStep()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Plan);

        Assert.Contains(result.ManualSteps, s => s.Key.Equals(SettingKey.SmtpFrom));
    }

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new Core.DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
