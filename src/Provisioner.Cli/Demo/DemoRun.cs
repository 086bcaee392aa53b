using Provisioner.Abstractions;
using Provisioner.Cli.Commands;
using Provisioner.Cli.Delivery;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Cli.Options;
using Provisioner.Cli.Running;
using Provisioner.Cli.Trust;
using Provisioner.Core;
using Provisioner.Core.Reports;
using Provisioner.Delivery;
using Provisioner.Inventory;
using Provisioner.Lab.Devices.Apc.Nmc;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.State;
using Provisioner.Snmp.Types;
using Spectre.Console;

namespace Provisioner.Cli.Demo;

/// <summary>
/// The demo: lint, lab up, trust (HTTPS certificates and SSH host keys), plan, apply, plan again (zero changes), stage
/// out-of-band changes (an SNMP device and, where the lab runs SSH devices, the APC card), diff (exactly that drift),
/// a test mail from every device that has one into the SMTP capture (a manual step for those that have none), lab
/// down. Every expectation is checked; the exit code is 0 only when all held.
/// </summary>
internal sealed class DemoRun(CommandSession session, string inventory)
{
    /// <summary>The device whose relay port the demo changes behind the tool's back.</summary>
    public const string DriftDevice = "DCP-DEMO-02";

    /// <summary>The SSH device (APC card) whose relay port the demo also changes behind the tool's back, when the lab runs it.</summary>
    public const string SshDriftDevice = "UPS-DEMO-10";

    private readonly List<DemoStep> steps = [];
    private readonly ISecretResolver secrets = new EnvironmentSecretResolver(DemoInventory.Environment(session.Context.Environment));

    /// <summary>The checked expectations, in order.</summary>
    public IReadOnlyList<DemoStep> Steps => steps;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Heading($"1. lint {inventory}");
        if (await RunPipeline.LoadCheckedAsync(session, inventory, cancellationToken) is not { } model)
        {
            return ExitCodes.InventoryErrors;
        }

        Check("lint", true, $"{model.Devices.Count} devices in {model.Sites.Count} site(s), no errors");
        Heading("2. lab up");
        await using var lab = await LabHost.StartAsync(
            LabSpecBuilder.Specs(model.Devices, secrets),
            new LabHostOptions
            {
                AddressRange = 78, PreferredSnmpPort = null, PreferredHttpsPort = null, PreferredSshPort = null,
                Relays = LabSpecBuilder.Relays(model.Devices), SshdPath = LabSshd.Path(session.Context.Environment),
            },
            cancellationToken);
        var map = lab.ToMap(0);
        LabMapPrinter.Print(session.Console, map);
        if (lab.SshSkipped is { } skipped)
        {
            await session.Error.WriteLineAsync($"note: {skipped}");
        }

        // Devices the lab skipped (SSH without sshd) were named once above; the demo runs the others.
        var simulated = model.Devices.Where(d => map.Find(d.Name) is not null).ToList();
        var targets = TargetBuilder.AimAtLab(session, [.. simulated.Select(TargetBuilder.From)], map);
        await TrustAsync(simulated, map, cancellationToken);

        var plan = await StepAsync("3. plan", targets, RunMode.Plan, cancellationToken);
        Check("plan", plan.Devices.All(d => d.Outcome == DeviceOutcome.WouldChange), Outcomes(plan));
        var apply = await StepAsync("4. apply", targets, RunMode.Apply, cancellationToken);
        Check("apply", apply.Devices.All(d => d.Outcome == DeviceOutcome.Changed), Outcomes(apply));
        var again = await StepAsync("5. plan again", targets, RunMode.Plan, cancellationToken);
        Check("plan again shows zero changes", again.ExitCode == ExitCodes.Ok && again.Devices.All(d => d.Outcome == DeviceOutcome.Ok), Outcomes(again));

        var driftDevices = StageDrift(lab, map);
        var diff = await StepAsync("7. diff", targets, RunMode.Diff, cancellationToken);
        var drifted = diff.Devices.Where(d => d.Outcome != DeviceOutcome.Ok).ToList();
        var differing = drifted.SelectMany(d => d.Before.Where(c => c.Kind == ComparisonKind.Differs).Select(c => $"{d.Target.Name} {c.Key}")).ToList();
        Check("diff finds exactly the staged drift", differing.SequenceEqual(driftDevices.Select(d => $"{d} {SettingKey.SmtpPort}")), differing.Count == 0 ? "no drift" : string.Join(", ", differing));

        var repair = await StepAsync("8. apply again repairs the drift", targets, RunMode.Apply, cancellationToken);
        var repaired = repair.Devices.Where(d => d.Outcome == DeviceOutcome.Changed).Select(d => d.Target.Name).ToList();
        Check("apply repairs only the drifted devices", repaired.Order(StringComparer.Ordinal).SequenceEqual(driftDevices.Order(StringComparer.Ordinal)), Outcomes(repair));

        Heading("9. test mail from every device");
        await TestMailAsync(model, lab, targets, cancellationToken);
        return Summary();
    }

    /// <summary>
    /// First contact with the HTTPS and SSH devices, as <c>provisioner trust</c> shows it: each HTTPS device presents
    /// its own self-signed certificate and each SSH device the lab's host key (what <c>trust</c> records in
    /// <c>known_hosts</c>), new to an empty store; the lab run pins the fingerprint the lab recorded in its address
    /// map, so the demo checks that what each device presents is exactly that.
    /// </summary>
    private async Task TrustAsync(IReadOnlyList<Device> devices, LabMap map, CancellationToken cancellationToken)
    {
        var empty = KnownPeers.Load(Path.Combine(Path.GetTempPath(), $"provisioner-demo-{Guid.NewGuid():N}"));
        var selection = TrustSelection.Of(devices, InventoryPreflight.ById([]), empty, map);
        if (selection.Candidates.Count == 0)
        {
            return;
        }

        Heading("2b. trust: first contact with the HTTPS and SSH devices");
        var findings = await TrustCheck.CheckAsync(selection.Candidates, TimeSpan.FromSeconds(10), 8, cancellationToken);
        await session.Out.WriteAsync(TrustFindingWriter.ToText(findings));
        foreach (var (ssh, what) in new[] { (false, "certificate"), (true, "host key") })
        {
            var these = findings.Where(f => f.Candidate.IsSsh == ssh).ToList();
            var pinned = these.Count(f => f.Status == TrustStatus.New && string.Equals(f.Fingerprint, Recorded(map.Find(f.Candidate.Device), ssh), StringComparison.OrdinalIgnoreCase));
            if (these.Count > 0)
            {
                Check($"trust shows each {(ssh ? "SSH" : "HTTPS")} device's own {what}", pinned == these.Count, $"{pinned} of {these.Count} present the {what} the lab recorded; the run pins it");
            }
        }
    }

    private static string? Recorded(LabMapEntry? entry, bool ssh) => ssh ? entry?.HostKeySha256 : entry?.CertificateSha256;

    /// <summary>Changes the relay port of <see cref="DriftDevice"/> (over SNMP's MIB) and of <see cref="SshDriftDevice"/> (in its CLI's state) when the lab runs it.</summary>
    private List<string> StageDrift(LabHost lab, LabMap map)
    {
        var drifted = new List<string> { DriftDevice };
        if (map.Find(SshDriftDevice) is not null && lab[SshDriftDevice].Model is NmcLabModel card)
        {
            drifted.Add(SshDriftDevice);
            card.Update(s => s.Smtp.Port = 2525);
        }

        Heading($"6. someone changes the SMTP port of {string.Join(" and ", drifted)} to 2525 on its web page");
        lab[DriftDevice].Mib.Poke("smtp-Server-Port.0", new Integer32(2525));
        return drifted;
    }

    private async Task<RunResult> StepAsync(string title, IReadOnlyList<DeviceTarget> targets, RunMode mode, CancellationToken cancellationToken)
    {
        Heading(title);
        var (run, redactor) = await RunPipeline.RunAsync(session, targets, mode, RunLimits.Global(8), secrets, [], cancellationToken);
        await session.Out.WriteAsync(TextTableWriter.ToText(RunReportBuilder.Build(run, redactor)));
        return run;
    }

    /// <summary>
    /// <c>provisioner test</c>'s code path against the lab's SMTP capture: every device sends its test message
    /// with a token, and the capture (standing in for the relay and the shared mailbox) must see it through
    /// every group the device sends to.
    /// </summary>
    private async Task TestMailAsync(InventoryModel model, LabHost lab, IReadOnlyList<DeviceTarget> targets, CancellationToken cancellationToken)
    {
        await using var mailbox = new LabCaptureMailbox(lab.Capture);
        var candidates = DeliveryCandidates.Build(model, targets, inventory, new HashSet<string>(StringComparer.Ordinal));
        var options = new DeliveryTestOptions { Timeout = TimeSpan.FromSeconds(15), PollInterval = TimeSpan.FromMilliseconds(200) };
        var result = await DeliveryExecution.RunAsync(session, candidates, [], mailbox, secrets, new SecretRedactor(), options, cancellationToken);
        await DeliveryOutput.WriteAsync(session, result, OutputFormat.Table, null, cancellationToken);
        foreach (var d in result.Devices)
        {
            if (d.Status == DeliveryStatus.CannotSelfTest)
            {
                // A device without a test-mail call is not a failed check: the report gives the manual step and `test --await`.
                Check($"test mail from {d.Device}", true, $"manual step: {d.ManualStep}");
                continue;
            }

            var latency = d.Latency is { } l ? $"{l.TotalSeconds:0.0} s" : "no arrival";
            Check(
                $"test mail from {d.Device}",
                d.Status == DeliveryStatus.Delivered,
                $"{DeliveryStatusNames.Of(d.Status)} ({latency}, by {d.CorrelatedBy ?? "nothing"}): '{d.Subject}' through {string.Join(", ", d.Recipients.Where(r => r.Reached).Select(r => r.Group ?? r.Address))}; device says {d.DeviceResult}");
        }
    }

    private int Summary()
    {
        Heading("Summary");
        var table = new Table().AddColumns("Check", "Result", "Seen");
        foreach (var s in steps)
        {
            table.AddRow(Markup.Escape(s.Step), s.Passed ? "[green]ok[/]" : "[red]FAILED[/]", Markup.Escape(s.Detail));
        }

        session.Console.Write(table);
        var failed = steps.Count(s => !s.Passed);
        session.Console.MarkupLine(failed == 0 ? "[green]Demo finished: every check held. The lab is stopped.[/]" : $"[red]Demo finished with {failed} failed check(s).[/]");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private void Check(string step, bool passed, string detail) => steps.Add(new DemoStep(step, passed, detail));

    private void Heading(string text) => session.Console.Write(new Rule(Markup.Escape(text)).LeftJustified());

    private static string Outcomes(RunResult run) =>
        string.Join(", ", run.Devices.GroupBy(d => d.Outcome).Select(g => $"{g.Count()} {g.Key.ToKebabCase()}"));
}
