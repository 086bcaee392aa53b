using System.Text.Json;
using Provisioner.Cli.Tests.Support;
using Provisioner.Lab.Hosting;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>
/// A device whose sender is set by hand (a mapping with a manual step for <c>from</c>): it is ok once
/// everything else matches, the checklist names the step once, <c>attest</c> quiets it, and a new inventory
/// value brings it back as a redo.
/// </summary>
public sealed class AttestCommandTests
{
    private const string Site = """
        sites:
          demo:
            name: Demo Plant
            ranges: [10.6.0.0/16]
            credentials: snmp-demo-v2c
            devices:
              - name: DCP-MANUAL-01
                kind: dc-power
                category: power
                driver: snmp-mapped
                mapping: ../../mappings/manual-from.yaml
                address: 10.6.10.31
        """;

    private const string Step = "Set 'Return address' to the device's own sender";

    private static string ManualFromMapping()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mapping-examples", "eaton-sc200.yaml"));
        var from = text.IndexOf("  smtp.from:", StringComparison.Ordinal);
        var recipients = text.IndexOf("  smtp.recipients:", StringComparison.Ordinal);
        return text[..from] + text[recipients..].Replace("smtp.port, smtp.from, smtp.recipients", "smtp.port, smtp.recipients", StringComparison.Ordinal)
            + $"\nmanual_steps:\n  smtp.from: {{ what: \"{Step}\", where: \"Web UI > Email > Return address\" }}\n";
    }

    private static string CreateInventory()
    {
        var root = Directory.CreateTempSubdirectory("provisioner-attest-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "inventory", "sites"));
        Directory.CreateDirectory(Path.Combine(root, "mappings"));
        File.Copy(Path.Combine(CliRun.Demo, "org.yaml"), Path.Combine(root, "inventory", "org.yaml"));
        File.WriteAllText(Path.Combine(root, "inventory", "sites", "manual.yaml"), Site);
        File.WriteAllText(Path.Combine(root, "mappings", "manual-from.yaml"), ManualFromMapping());
        return root;
    }

    [Fact]
    public async Task ManualStep_OkThenOnceInChecklistThenAttestedQuietThenRedoWhenInventoryChanges()
    {
        var root = CreateInventory();
        var inventory = Path.Combine(root, "inventory");
        await using var lab = await LabHost.StartAsync(
            [new LabDeviceSpec("DCP-MANUAL-01", "eaton.sc200", "10.6.10.31") { Communities = [DemoLab.Environment["DEMO_SNMP_COMMUNITY"]] }],
            new LabHostOptions { AddressRange = 142, PreferredSnmpPort = null },
            CancellationToken.None);
        var map = Path.Combine(root, "lab.json");
        await lab.ToMap(0).SaveAsync(map, CancellationToken.None);
        try
        {
            var apply = await CliRun.RunAsync(DemoLab.Environment, "apply", inventory, "--lab", map, "--yes");
            var plan = await CliRun.RunAsync(DemoLab.Environment, "plan", inventory, "--lab", map, "--output", "json");
            var diff = await CliRun.RunAsync(DemoLab.Environment, "diff", inventory, "--lab", map, "--output", "markdown");
            var attest = await CliRun.RunAsync("attest", inventory, "--device", "DCP-MANUAL-01", "--setting", "smtp.from", "--by", "jane");
            var quiet = await CliRun.RunAsync(DemoLab.Environment, "diff", inventory, "--lab", map, "--output", "markdown");
            File.WriteAllText(Path.Combine(inventory, "sites", "manual.yaml"), Site + "\n        overrides:\n          from: dcp-manual-01-plant@contoso.com\n");
            var redo = await CliRun.RunAsync(DemoLab.Environment, "plan", inventory, "--lab", map);

            Assert.True(apply.ExitCode == 0, apply.Output + apply.Error);
            Assert.True(plan.ExitCode == 0, plan.Output + plan.Error);
            using (var json = JsonDocument.Parse(plan.Output))
            {
                Assert.Equal("ok", Assert.Single(json.RootElement.GetProperty("devices").EnumerateArray()).GetProperty("outcome").GetString());
            }

            Assert.Equal(0, diff.ExitCode);
            Assert.Contains("## Rollout checklist", diff.Output, StringComparison.Ordinal);
            Assert.Single(diff.Output.Split('\n'), l => l.Contains(Step, StringComparison.Ordinal));
            Assert.True(attest.ExitCode == 0, attest.Output + attest.Error);
            Assert.Contains("value: dcp-manual-01@contoso.com, by: jane", await File.ReadAllTextAsync(Path.Combine(inventory, "attestations.yaml")), StringComparison.Ordinal);
            Assert.True(quiet.ExitCode == 0, quiet.Output + quiet.Error);
            Assert.DoesNotContain("Rollout checklist", quiet.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(Step, quiet.Output, StringComparison.Ordinal);
            Assert.True(redo.ExitCode == 0, redo.Output + redo.Error);
            Assert.Contains("1 device needs smtp.from redone by hand", redo.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Attest_SettingTheDriverSetsOverItsApi_IsAUsageError()
    {
        var result = await CliRun.RunAsync("attest", CliRun.Demo, "--device", "DCP-DEMO-01", "--setting", "smtp.relay", "--by", "jane");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("takes smtp.relay over its API", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(CliRun.Demo, "attestations.yaml")));
    }

    [Fact]
    public async Task Plan_BrokenAttestationsFile_StopsWithFileLineColumn()
    {
        var root = CreateInventory();
        var inventory = Path.Combine(root, "inventory");
        File.WriteAllText(Path.Combine(inventory, "attestations.yaml"), "attestations:\n  - { device: DCP-MANUAL-01, setting: smtp.sender, value: x, by: jane, at: 2026-12-07T10:00:00Z }\n");
        try
        {
            var plan = await CliRun.RunAsync(DemoLab.Environment, "plan", inventory);

            Assert.Equal(ExitCodes.InventoryErrors, plan.ExitCode);
            Assert.Contains("attestations.yaml:2:", plan.Error, StringComparison.Ordinal);
            Assert.Contains("'smtp.sender' is not a setting that can be attested", plan.Error, StringComparison.Ordinal);
            Assert.Contains("no device was contacted", plan.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
