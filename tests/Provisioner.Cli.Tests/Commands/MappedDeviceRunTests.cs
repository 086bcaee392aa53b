using System.Text.Json;
using Provisioner.Cli.Tests.Support;
using Provisioner.Lab.Hosting;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>A device with <c>driver: snmp-mapped</c> through plan, apply and plan again, against the SC200 lab model.</summary>
public sealed class MappedDeviceRunTests
{
    private const string Site = """
        sites:
          demo:
            name: Demo Plant
            ranges: [10.6.0.0/16]
            credentials: snmp-demo-v2c
            devices:
              - name: DCP-MAPPED-01
                kind: dc-power
                category: power
                driver: snmp-mapped
                mapping: ../../mappings/eaton-sc200.yaml
                address: 10.6.10.21
        """;

    /// <summary>Writes ROOT/inventory (org.yaml, sites/mapped.yaml) and ROOT/mappings/eaton-sc200.yaml (outside the inventory directory, whose every *.yaml is inventory).</summary>
    private static string CreateInventory(string mappingText)
    {
        var root = Directory.CreateTempSubdirectory("provisioner-mapped-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "inventory", "sites"));
        Directory.CreateDirectory(Path.Combine(root, "mappings"));
        File.Copy(Path.Combine(CliRun.Demo, "org.yaml"), Path.Combine(root, "inventory", "org.yaml"));
        File.WriteAllText(Path.Combine(root, "inventory", "sites", "mapped.yaml"), Site);
        File.WriteAllText(Path.Combine(root, "mappings", "eaton-sc200.yaml"), mappingText);
        return root;
    }

    private static string ExampleMapping => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mapping-examples", "eaton-sc200.yaml"));

    [Fact]
    public async Task PlanApplyPlan_MappedDevice_ChangesThenIsClean()
    {
        var inventory = CreateInventory(ExampleMapping);
        await using var lab = await LabHost.StartAsync(
            [new LabDeviceSpec("DCP-MAPPED-01", "eaton.sc200", "10.6.10.21") { Communities = [DemoLab.Environment["DEMO_SNMP_COMMUNITY"]] }],
            new LabHostOptions { AddressRange = 131, PreferredSnmpPort = null },
            CancellationToken.None);
        var map = Path.Combine(inventory, "lab.json");
        var directory = Path.Combine(inventory, "inventory");
        await lab.ToMap(0).SaveAsync(map, CancellationToken.None);
        try
        {
            var plan = await CliRun.RunAsync(DemoLab.Environment, "plan", directory, "--lab", map, "--output", "json");
            var apply = await CliRun.RunAsync(DemoLab.Environment, "apply", directory, "--lab", map, "--yes");
            var again = await CliRun.RunAsync(DemoLab.Environment, "plan", directory, "--lab", map);

            Assert.True(plan.ExitCode == 2, plan.Output + plan.Error);
            using var json = JsonDocument.Parse(plan.Output);
            var device = Assert.Single(json.RootElement.GetProperty("devices").EnumerateArray());
            Assert.Equal("mapped.eaton-sc200", device.GetProperty("driver").GetString());
            Assert.Equal("would-change", device.GetProperty("outcome").GetString());
            Assert.True(apply.ExitCode == 0, apply.Output + apply.Error);
            Assert.True(again.ExitCode == 0, again.Output + again.Error);
            Assert.NotEmpty(lab.Devices[0].Mib.WriteLog);
        }
        finally
        {
            Directory.Delete(inventory, recursive: true);
        }
    }

    [Fact]
    public async Task Plan_BrokenMappingFile_StopsBeforeAnyDeviceWithFileLineColumn()
    {
        var inventory = CreateInventory(ExampleMapping.Replace("    type: ipaddress", "    typ: ipaddress", StringComparison.Ordinal));
        try
        {
            var plan = await CliRun.RunAsync(DemoLab.Environment, "plan", Path.Combine(inventory, "inventory"));

            Assert.Equal(3, plan.ExitCode);
            Assert.Contains("eaton-sc200.yaml:", plan.Error, StringComparison.Ordinal);
            Assert.Contains("Did you mean 'type'?", plan.Error, StringComparison.Ordinal);
            Assert.Contains("no device was contacted", plan.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(inventory, recursive: true);
        }
    }
}
