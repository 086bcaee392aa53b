using System.Text.Json;
using Provisioner.Cli.Tests.Support;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Tests.Commands;

public sealed class LabLifecycleTests
{
    // A device described by a mapping file: no lab model simulates mapped devices.
    private static readonly string UnsimulatedDevice =
        $"      - {{ name: UPS-DEMO-09, kind: ups, category: power, driver: snmp-mapped, mapping: {Path.Combine(AppContext.BaseDirectory, "mapping-examples", "eaton-sc200.yaml")}, address: 10.6.10.19 }}\n";

    [Fact]
    public async Task LabStatus_MapOfADeadLab_SaysNotRunningWithThePidAndExitsOne()
    {
        var map = Path.Combine(Path.GetTempPath(), $"provisioner-lab-{Guid.NewGuid():N}.json");
        // This process runs, but it did not start at "linux:1": the id was reused, the lab is gone.
        await new LabMap { ProcessId = Environment.ProcessId, ProcessStart = "linux:1", SmtpCapture = "127.0.0.1:2525", Devices = [] }.SaveAsync(map, CancellationToken.None);

        var status = await CliRun.RunAsync("lab", "status", CliRun.Demo, "--map", map);
        File.Delete(map);

        Assert.Equal(1, status.ExitCode);
        Assert.Contains($"not running (stale map from PID {Environment.ProcessId})", status.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Lab running", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabUp_SecondLabOnTheSameMap_IsRefusedAndTheFirstKeepsItsMap()
    {
        using var inventory = new DemoCopy();
        var map = Path.Combine(inventory.Directory, ".provisioner", "lab.json");
        var first = CliRun.RunAsync(DemoLab.Environment, "lab", "up", inventory.Directory);
        await WaitForAsync(map, first);

        var second = await CliRun.RunAsync(DemoLab.Environment, "lab", "up", inventory.Directory);
        var stillThere = File.Exists(map);
        var status = await CliRun.RunAsync("lab", "status", inventory.Directory);
        var down = await CliRun.RunAsync("lab", "down", inventory.Directory);
        var firstResult = await first;

        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"already runs (pid {Environment.ProcessId}", second.Error, StringComparison.Ordinal);
        Assert.True(stillThere);
        Assert.Equal(0, status.ExitCode);
        Assert.Equal(0, down.ExitCode);
        Assert.True(firstResult.ExitCode == 0, firstResult.Output + firstResult.Error);
    }

    [Fact]
    public async Task LabUpAndPlan_DeviceWithoutLabModel_AreNamedAndReportedAsSkipped()
    {
        using var inventory = new DemoCopy();
        await File.AppendAllTextAsync(Path.Combine(inventory.Directory, "sites", "demo.yaml"), UnsimulatedDevice);
        var map = Path.Combine(inventory.Directory, ".provisioner", "lab.json");
        var up = CliRun.RunAsync(DemoLab.Environment, "lab", "up", inventory.Directory);
        await WaitForAsync(map, up);

        var plan = await CliRun.RunAsync(DemoLab.Environment, "plan", inventory.Directory, "--lab", map, "--output", "json");
        await CliRun.RunAsync("lab", "down", inventory.Directory);
        var upResult = await up;

        Assert.Contains("not simulated: driver ", upResult.Error, StringComparison.Ordinal);
        Assert.Contains("has no lab model: UPS-DEMO-09", upResult.Error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(plan.Output);
        var device = report.RootElement.GetProperty("devices").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "UPS-DEMO-09");
        Assert.Equal("skipped", device.GetProperty("outcome").GetString());
        Assert.Contains("lab.notSimulated", device.GetProperty("diagnostics").ToString(), StringComparison.Ordinal);
        Assert.Equal(4, report.RootElement.GetProperty("devices").GetArrayLength());
    }

    private static async Task WaitForAsync(string map, Task<CliRun.Result> up)
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!File.Exists(map) && !up.IsCompleted)
        {
            await Task.Delay(100, wait.Token);
        }

        Assert.False(up.IsCompleted, up.IsCompleted ? (await up).Error : string.Empty);
    }
}
