using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Core.Reports;

namespace Provisioner.Core.Tests.Reports;

public sealed class RolloutChecklistTests
{
    private static readonly ManualStep Step = new(SettingKey.SmtpRelay, "Set 'SMTP server' to 10.6.0.25", "Web UI › Network › Email");

    private static async Task<RunReport> PlanWithManualStepsAsync()
    {
        var descriptor = Testing.Fakes.ScriptedDriver.DefaultDescriptor with
        {
            Settings = [.. Testing.Fakes.ScriptedDriver.DefaultDescriptor.Settings.Select(s => s.Key == SettingKey.SmtpRelay ? s with { Access = SettingAccess.ReadOnly, ManualStep = Step } : s)],
        };
        var rig = new TestRig(descriptor);
        var targets = new[] { rig.AddDevice(11, name: "pdu-ny-01").Target, rig.AddDevice(12, name: "pdu-ny-02").Target };
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { MaxParallel = 1 }, rig.Time);
        var run = await runner.RunAsync(targets, RunMode.Plan, null, CancellationToken.None);
        return RunReportBuilder.Build(run, rig.Redactor);
    }

    [Fact]
    public async Task Build_DevicesWithManualSteps_KeepsOneEntryPerDeviceAndStepWithTheValueWanted()
    {
        var report = await PlanWithManualStepsAsync();

        Assert.Equal(["pdu-ny-01", "pdu-ny-02"], report.ManualSteps.Select(s => s.Device));
        Assert.All(report.ManualSteps, s => Assert.Equal(("smtp.relay", Step.What, Step.Where, "newyork", "10.6.0.25"), (s.Setting, s.What, s.Where, s.Site, s.Value)));
    }

    [Fact]
    public async Task ToMarkdown_ManualSteps_WritesEachStepOnceWithItsDevices()
    {
        var markdown = MarkdownReportWriter.ToMarkdown(await PlanWithManualStepsAsync());

        Assert.Contains("## Rollout checklist", markdown, StringComparison.Ordinal);
        Assert.Contains("- [ ] `smtp.relay` → 10.6.0.25: Set 'SMTP server' to 10.6.0.25 — Web UI › Network › Email; 2 devices: **pdu-ny-01** (newyork, 127.0.0.11), **pdu-ny-02** (newyork, 127.0.0.12)\n", markdown, StringComparison.Ordinal);
        Assert.Single(markdown.Split('\n'), l => l.Contains("Set 'SMTP server'", StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("## Rollout checklist", StringComparison.Ordinal) < markdown.IndexOf("## Devices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ToJson_ManualSteps_HasRunLevelManualStepsArray()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.ToJson(await PlanWithManualStepsAsync()));

        var steps = json.RootElement.GetProperty("manual_steps").EnumerateArray().ToList();
        Assert.Equal(2, steps.Count);
        Assert.Equal("pdu-ny-02", steps[1].GetProperty("device").GetString());
        Assert.Equal("Web UI › Network › Email", steps[1].GetProperty("where").GetString());
    }

    [Fact]
    public async Task ToMarkdown_NoManualSteps_HasNoChecklist()
    {
        var (run, redactor) = await Fleet.RunAsync(RunMode.Diff);

        Assert.DoesNotContain("Rollout checklist", MarkdownReportWriter.ToMarkdown(RunReportBuilder.Build(run, redactor)), StringComparison.Ordinal);
    }
}
