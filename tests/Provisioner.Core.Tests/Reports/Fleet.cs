using Provisioner.Abstractions;
using Provisioner.Testing.Conformance;

namespace Provisioner.Core.Tests.Reports;

/// <summary>
/// A small site in known states, run on a fake clock so reports are byte-for-byte stable:
/// three devices on the old relay and group, one with a personal extra recipient, one in line,
/// one unreachable, and for apply one that loses its relay write.
/// </summary>
internal static class Fleet
{
    public static async Task<(RunResult Run, SecretRedactor Redactor)> RunAsync(RunMode mode)
    {
        var rig = new TestRig();
        var targets = new List<DeviceTarget>();
        for (var i = 1; i <= 3; i++)
        {
            targets.Add(rig.AddDevice(10 + i, name: $"ups-ny-0{i}").Target);
        }

        var (extra, extraTarget) = rig.AddDevice(20, name: "pdu-ny-01");
        await extra.SetOutOfBandAsync(SettingKey.SmtpRelay, new TextValue("10.6.0.25"), CancellationToken.None);
        await extra.SetOutOfBandAsync(SettingKey.SmtpAuthUser, new TextValue("ups"), CancellationToken.None);
        await extra.SetOutOfBandAsync(SettingKey.SmtpRecipients, new RecipientsValue([new Recipient("alerts-newyork-power@contoso.com", AlertSeverity.Warning), new Recipient("jane.doe@contoso.com", AlertSeverity.Warning)]), CancellationToken.None);
        targets.Add(extraTarget);

        var (inLine, inLineTarget) = rig.AddDevice(21, name: "pdu-ny-02");
        await inLine.SetOutOfBandAsync(SettingKey.SmtpRelay, new TextValue("10.6.0.25"), CancellationToken.None);
        await inLine.SetOutOfBandAsync(SettingKey.SmtpAuthUser, new TextValue("ups"), CancellationToken.None);
        await inLine.SetOutOfBandAsync(SettingKey.SmtpRecipients, new RecipientsValue([new Recipient("alerts-newyork-power@contoso.com", AlertSeverity.Warning)]), CancellationToken.None);
        targets.Add(inLineTarget);

        targets.Add(rig.AddDevice(30, name: "ats-ny-01").Target with { Address = "127.0.0.99" });
        if (mode == RunMode.Apply)
        {
            var (lossy, lossyTarget) = rig.AddDevice(40, name: "ups-ny-09");
            lossy.Inject(new SimulatedFault.LoseWrites(SettingKey.SmtpRelay));
            targets.Add(lossyTarget);
        }

        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { MaxParallel = 1 }, rig.Time);
        var run = await runner.RunAsync(targets, mode, null, CancellationToken.None);
        return (run, rig.Redactor);
    }
}
