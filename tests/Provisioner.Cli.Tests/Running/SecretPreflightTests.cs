using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Running;

/// <summary>Every secret the selected devices need is resolved before the first device is contacted; failures stop the run with exit 3, one line per reference, never a value.</summary>
public sealed class SecretPreflightTests
{
    private static readonly Dictionary<string, string> OnlyV3 = new()
    {
        ["DEMO_SNMP_AUTH"] = DemoLab.Environment["DEMO_SNMP_AUTH"],
        ["DEMO_SNMP_PRIV"] = DemoLab.Environment["DEMO_SNMP_PRIV"],
    };

    [Theory]
    [InlineData("plan")]
    [InlineData("diff")]
    [InlineData("apply")]
    public async Task Run_UnsetVariable_StopsBeforeAnyDeviceNamingTheReferenceAndItsDevices(string command)
    {
        await using var recorder = await ContactRecorder.StartAsync("DCP-DEMO-01", "DCP-DEMO-02", "DCP-DEMO-03");

        var result = await CliRun.RunAsync(OnlyV3, [command, CliRun.Demo, "--lab", recorder.MapPath, .. command == "apply" ? ["--yes"] : Array.Empty<string>()]);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("error secret.unresolved: Secret env:DEMO_SNMP_COMMUNITY cannot be resolved; 2 device(s) need it: DCP-DEMO-01, DCP-DEMO-02", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 secret reference(s) cannot be resolved; no device was contacted.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(OnlyV3["DEMO_SNMP_AUTH"], result.Output + result.Error, StringComparison.Ordinal);
        Assert.Equal(0, recorder.Datagrams);
    }

    [Fact]
    public async Task Plan_SelectedDevicesOnly_NeedTheirOwnSecrets()
    {
        await using var recorder = await ContactRecorder.StartAsync("DCP-DEMO-03");

        var result = await CliRun.RunAsync(new Dictionary<string, string>(), "plan", CliRun.Demo, "--device", "DCP-DEMO-03", "--lab", recorder.MapPath);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains("Secret env:DEMO_SNMP_AUTH cannot be resolved; 1 device(s) need it: DCP-DEMO-03", result.Error, StringComparison.Ordinal);
        Assert.Contains("Secret env:DEMO_SNMP_PRIV cannot be resolved; 1 device(s) need it: DCP-DEMO-03", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("DEMO_SNMP_COMMUNITY", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, recorder.Datagrams);
    }

    [Fact]
    public async Task Plan_MissingFileAndDirectory_OneLinePerReferenceWithTheFirstDevicesAndACount()
    {
        using var copy = InventoryCopy.OfDemo();
        var devices = string.Concat(Enumerable.Range(4, 4).Select(i => $"      - {{ name: DCP-DEMO-0{i}, kind: dc-power, category: power, driver: eaton.sc200, address: 10.6.10.2{i} }}\n"));
        File.AppendAllText(copy.SiteFile, devices);
        copy.EditOrg("community: env:DEMO_SNMP_COMMUNITY", $"community: file:{Path.Combine(copy.Root, "no-such-file")}")
            .EditOrg("priv_password: env:DEMO_SNMP_PRIV", $"priv_password: file:{copy.Root}");
        var names = Enumerable.Range(1, 7).Select(i => $"DCP-DEMO-0{i}").ToArray();
        await using var recorder = await ContactRecorder.StartAsync(names);

        var result = await CliRun.RunAsync(DemoLab.Environment, "plan", copy.Inventory, "--lab", recorder.MapPath);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains($"Secret file:{Path.Combine(copy.Root, "no-such-file")} cannot be resolved; 6 device(s) need it: DCP-DEMO-01, DCP-DEMO-02, DCP-DEMO-04 and 3 more", result.Error, StringComparison.Ordinal);
        Assert.Contains($"Secret file:{copy.Root} cannot be resolved; 1 device(s) need it: DCP-DEMO-03", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 secret reference(s) cannot be resolved; no device was contacted.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, recorder.Datagrams);
    }
}
