using Provisioner.Cli.Tests.Support;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Tests.Commands;

public sealed class LabCommandTests
{
    [Fact]
    public async Task LabUp_ThenStatusAndDown_WritesMapStopsAndSavesState()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"provisioner-lab-{Guid.NewGuid():N}");
        var map = Path.Combine(folder, "lab.json");
        var state = Path.Combine(folder, "state.json");

        var up = CliRun.RunAsync(DemoLab.Environment, "lab", "up", CliRun.Demo, "--map", map, "--state", state);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (!File.Exists(map) && !up.IsCompleted)
            {
                await Task.Delay(100, wait.Token);
            }
        }

        var labMap = await LabMap.LoadAsync(map, CancellationToken.None);
        var status = await CliRun.RunAsync("lab", "status", CliRun.Demo, "--map", map);
        var down = await CliRun.RunAsync("lab", "down", CliRun.Demo, "--map", map);
        var upResult = await up;

        Assert.Equal(3, labMap.Devices.Count);
        Assert.All(labMap.Devices, d => Assert.StartsWith("127.", d.Address, StringComparison.Ordinal));
        Assert.Equal(labMap.Devices.Count, labMap.Devices.Select(d => d.Address).Distinct().Count());
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("DCP-DEMO-02", status.Output, StringComparison.Ordinal);
        Assert.Equal(0, down.ExitCode);
        Assert.True(upResult.ExitCode == 0, upResult.Output + upResult.Error);
        Assert.False(File.Exists(map));
        Assert.Equal(3, (await LabStateFile.LoadAsync(state, CancellationToken.None)).Devices.Count);
    }

    [Fact]
    public async Task LabDown_NoLabRunning_SaysHowToStartOne()
    {
        var result = await CliRun.RunAsync("lab", "down", CliRun.Demo, "--map", "/nonexistent/lab.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("lab up", result.Error, StringComparison.Ordinal);
    }
}
