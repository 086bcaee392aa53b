using System.Text.Json;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

public sealed class PlanCommandTests
{
    [Fact]
    public async Task Plan_AgainstLab_ReportsPendingChangesAndTheDevicesSawNoWrite()
    {
        await using var lab = await DemoLab.StartAsync(101);

        var result = await CliRun.RunAsync(DemoLab.Environment, "plan", CliRun.Demo, "--lab", lab.MapPath);

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains("would-change: 3", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, lab.Writes);
    }

    [Fact]
    public async Task Plan_JsonOutputAndReportFile_AreVersionedJson()
    {
        await using var lab = await DemoLab.StartAsync(102);
        var report = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");

        var result = await CliRun.RunAsync(DemoLab.Environment, "plan", CliRun.Demo, "--lab", lab.MapPath, "--device", "DCP-DEMO-02", "--device", "DCP-DEMO-01", "--output", "json", "--report", report);

        using var printed = JsonDocument.Parse(result.Output);
        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.True(printed.RootElement.TryGetProperty("format_version", out _));
        Assert.Equal(printed.RootElement.GetProperty("format_version").GetInt32(), written.RootElement.GetProperty("format_version").GetInt32());
        Assert.Equal(0, lab.Writes);
        File.Delete(report);
    }

    [Fact]
    public async Task Plan_LabMapMissing_SaysHowToStartALab()
    {
        var result = await CliRun.RunAsync(DemoLab.Environment, "plan", CliRun.Demo, "--lab", "/nonexistent/lab.json");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("lab up", result.Error, StringComparison.Ordinal);
    }
}
