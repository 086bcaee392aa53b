using Provisioner.Abstractions;
using Provisioner.Core.Reports;

namespace Provisioner.Core.Tests.Reports;

/// <summary>Grouping and ordering of findings over synthetic fleets (no devices involved).</summary>
public sealed class DriftGroupingTests
{
    private static readonly NotificationSettings Desired = new()
    {
        RelayAddress = "10.41.0.25",
        FromAddress = "x@contoso.com",
        Recipients = [new Recipient("alerts-power@contoso.com")],
    };

    private static DeviceResult Device(string name, RunMode mode, DeviceOutcome outcome, IReadOnlyList<SettingComparison> before, params SettingKey[] written) => new()
    {
        Target = new DeviceTarget { Name = name, Site = "dc1", DriverId = "eaton.sc200", Address = "127.0.0.1", Credentials = new CredentialSet(), Desired = Desired },
        Mode = mode,
        Outcome = outcome,
        Before = before,
        Changes = [.. written.Select(k => new SettingChange(k, before.First(c => c.Key == k).Desired) { Previous = before.First(c => c.Key == k).Actual })],
    };

    private static SettingComparison Differs(SettingKey key, string desired, string? actual) =>
        new(key, ComparisonKind.Differs, new TextValue(desired), actual is null ? new Observed.Absent() : new Observed.Known(new TextValue(actual)));

    private static string Name(int i) => $"dcp-{i:0000}";

    [Fact]
    public void Analyze_200DevicesEachWithoutItsOwnSender_IsOneFindingNamingTheFirstFew()
    {
        var devices = Enumerable.Range(1, 200)
            .Select(i => Device(Name(i), RunMode.Plan, DeviceOutcome.WouldChange, [Differs(SettingKey.SmtpFrom, $"{Name(i)}@contoso.com", null)]))
            .ToList();

        var finding = Assert.Single(DriftAnalyzer.Analyze(devices));

        Assert.Equal("200 devices send from (empty) instead of their own <name>@contoso.com sender: dcp-0001, dcp-0002, dcp-0003 and 197 more", finding.Message);
        Assert.Equal(200, finding.Count);
        Assert.Equal("smtp.from", finding.Setting);
    }

    [Fact]
    public void Analyze_OneDevice_ShowsItsOwnValues()
    {
        var finding = Assert.Single(DriftAnalyzer.Analyze([Device(Name(7), RunMode.Diff, DeviceOutcome.WouldChange, [Differs(SettingKey.SmtpFrom, "dcp-0007@contoso.com", "old@contoso.com")])]));

        Assert.Equal("1 device sends from old@contoso.com instead of dcp-0007@contoso.com: dcp-0007", finding.Message);
    }

    [Fact]
    public void Analyze_ManyDifferentWrongValues_CollapseIntoOneFinding()
    {
        var devices = Enumerable.Range(1, 6)
            .Select(i => Device(Name(i), RunMode.Plan, DeviceOutcome.WouldChange, [Differs(SettingKey.SmtpRelay, "10.41.0.25", $"10.0.0.{i}")]))
            .ToList();

        var finding = Assert.Single(DriftAnalyzer.Analyze(devices));

        Assert.Equal("6 devices have smtp.relay other than 10.41.0.25 (6 different values): dcp-0001, dcp-0002, dcp-0003 and 3 more", finding.Message);
    }

    [Fact]
    public void Analyze_AfterApply_SaysWhatWasFixedAndWhatStillDiffers()
    {
        var devices = new List<DeviceResult>();
        for (var i = 1; i <= 4; i++)
        {
            devices.Add(Device(Name(i), RunMode.Apply, DeviceOutcome.Changed, [Differs(SettingKey.SmtpRelay, "10.41.0.25", "10.0.0.9")], SettingKey.SmtpRelay));
        }

        devices.Add(Device(Name(5), RunMode.Apply, DeviceOutcome.Reverted, [Differs(SettingKey.SmtpRelay, "10.41.0.25", "10.0.0.9")], SettingKey.SmtpRelay));

        var messages = DriftAnalyzer.Analyze(devices).Select(f => f.Message).ToList();

        Assert.Equal(
            [
                "1 device could not be checked or changed (reverted): dcp-0005",
                "1 device still points at relay 10.0.0.9 instead of 10.41.0.25: dcp-0005",
                "relay 10.0.0.9 → 10.41.0.25 fixed on 4 devices: dcp-0001, dcp-0002, dcp-0003, dcp-0004",
            ],
            messages);
    }

    [Fact]
    public void Analyze_OrdersFailuresThenDriftThenManualStepsThenWriteOnly()
    {
        var step = new ManualStep(SettingKey.AlertsMinimumSeverity, "Choose which events send e-mail", "web interface › Alarms");
        var password = new SettingComparison(SettingKey.SmtpAuthPassword, ComparisonKind.Unverifiable, new SecretValue(new Secret("pw")), new Observed.WriteOnly()) { Sensitive = true };
        var manual = Enumerable.Range(1, 9).Select(i => Device(Name(i), RunMode.Plan, DeviceOutcome.Ok, [password]) with { ManualSteps = [step] });
        var drifted = Device(Name(10), RunMode.Plan, DeviceOutcome.WouldChange, [Differs(SettingKey.SmtpRelay, "10.41.0.25", "10.0.0.9"), password]);
        var failed = Device(Name(11), RunMode.Plan, DeviceOutcome.Unreachable, []);

        var kinds = DriftAnalyzer.Analyze([.. manual, drifted, failed]).Select(f => f.Kind).ToList();

        Assert.Equal(["unchecked", "value-differs", "manual-step", "unverifiable"], kinds);
    }

    [Fact]
    public void Analyze_ManualStepOn200Devices_IsOneFinding()
    {
        var step = new ManualStep(SettingKey.SmtpFrom, "Set the sender (From) address of alert e-mail", "web interface › Network Settings › Email");
        var devices = Enumerable.Range(1, 200).Select(i => Device(Name(i), RunMode.Diff, DeviceOutcome.Ok, []) with { ManualSteps = [step] }).ToList();

        var finding = Assert.Single(DriftAnalyzer.Analyze(devices));

        Assert.Equal("manual-step", finding.Kind);
        Assert.Equal("200 devices need smtp.from set by hand (Set the sender (From) address of alert e-mail, web interface › Network Settings › Email): dcp-0001, dcp-0002, dcp-0003 and 197 more", finding.Message);
    }

    [Fact]
    public void Analyze_SameSettingByHandOnTwoDriverFamilies_IsOneFindingPerInstruction()
    {
        var idrac = new ManualStep(SettingKey.AlertsMinimumSeverity, "Tick 'Email' per event category", "iDRAC web UI › Alert Configuration");
        var ilo = new ManualStep(SettingKey.AlertsMinimumSeverity, "Filter at the recipient group", "iLO web interface › AlertMail");
        var devices = new[]
        {
            Device(Name(1), RunMode.Plan, DeviceOutcome.Ok, []) with { ManualSteps = [idrac] },
            Device(Name(2), RunMode.Plan, DeviceOutcome.Ok, []) with { ManualSteps = [ilo] },
            Device(Name(3), RunMode.Plan, DeviceOutcome.Ok, []) with { ManualSteps = [idrac] },
        };

        var findings = DriftAnalyzer.Analyze(devices);

        Assert.Equal(2, findings.Count);
        Assert.Equal([Name(1), Name(3)], findings.Single(f => f.Message.Contains("iDRAC", StringComparison.Ordinal)).Devices);
        Assert.Equal([Name(2)], findings.Single(f => f.Message.Contains("iLO", StringComparison.Ordinal)).Devices);
    }
}
