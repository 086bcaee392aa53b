using System.Text.Json;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Commands;

/// <summary>
/// Ctrl-C during plan or apply: the report is still printed and written, in every format, with the
/// devices that did not finish marked <c>skipped</c> and a diagnostic saying why; the exit code is 1.
/// The interrupt fires when the runner starts the first device, which the lab makes slow.
/// </summary>
public sealed class InterruptedRunTests
{
    private const string FirstDevice = "DCP-DEMO-01";

    [Theory]
    [InlineData("table", ".json")]
    [InlineData("json", ".md")]
    [InlineData("markdown", ".json")]
    public async Task Plan_InterruptedWhileTheSlowDeviceIsRead_WritesTheReportWithEveryDeviceUnfinished(string output, string extension)
    {
        await using var lab = await DemoLab.StartAsync(112);
        lab.Host[FirstDevice].Faults.Latency = TimeSpan.FromSeconds(2);
        var report = Path.Combine(Path.GetTempPath(), $"interrupted-{Guid.NewGuid():N}{extension}");
        try
        {
            var result = await Interrupting().RunAsync("plan", CliRun.Demo, "--lab", lab.MapPath, "--parallel", "1", "-v", "-o", output, "--report", report);

            Assert.True(result.ExitCode == ExitCodes.Failure, result.Output + result.Error);
            Assert.Contains("Interrupted: 3 of 3 device(s) did not finish", result.Error, StringComparison.Ordinal);
            Assert.Contains("skipped", result.Output, StringComparison.Ordinal);
            var written = await File.ReadAllTextAsync(report);
            if (extension == ".json")
            {
                using var json = JsonDocument.Parse(written);
                Assert.True(json.RootElement.GetProperty("cancelled").GetBoolean());
                var outcomes = json.RootElement.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("outcome").GetString()).ToList();
                Assert.Equal(["skipped", "skipped", "skipped"], outcomes);
                Assert.Contains("run.interrupted", written, StringComparison.Ordinal);
                Assert.Contains("run.stopped", written, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("stopped before all devices ran", written, StringComparison.Ordinal);
                Assert.Contains("skipped", written, StringComparison.Ordinal);
            }

            Assert.Equal(0, lab.Writes);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task Apply_InterruptedOnce_FinishesTheDeviceBeingChangedAndSkipsTheRest()
    {
        await using var lab = await DemoLab.StartAsync(113);
        lab.Host[FirstDevice].Faults.Latency = TimeSpan.FromMilliseconds(200);
        var report = Path.Combine(Path.GetTempPath(), $"interrupted-{Guid.NewGuid():N}.json");
        try
        {
            var result = await Interrupting().RunAsync("apply", CliRun.Demo, "--lab", lab.MapPath, "--parallel", "1", "--yes", "-v", "--report", report);

            Assert.True(result.ExitCode == ExitCodes.Failure, result.Output + result.Error);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            var outcomes = json.RootElement.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("outcome").GetString()).ToList();
            Assert.Equal(["changed", "skipped", "skipped"], outcomes);
            Assert.Contains("Interrupt again to abandon them", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task Apply_InterruptedTwice_AbandonsTheDeviceBeingChangedAndSaysItMayBeHalfWritten()
    {
        await using var lab = await DemoLab.StartAsync(114);
        lab.Host[FirstDevice].Faults.Latency = TimeSpan.FromSeconds(2);
        var report = Path.Combine(Path.GetTempPath(), $"interrupted-{Guid.NewGuid():N}.json");
        try
        {
            var result = await (Interrupting() with { AlsoAbandon = true }).RunAsync("apply", CliRun.Demo, "--lab", lab.MapPath, "--parallel", "1", "--yes", "-v", "--report", report);

            Assert.True(result.ExitCode == ExitCodes.Failure, result.Output + result.Error);
            var written = await File.ReadAllTextAsync(report);
            using var json = JsonDocument.Parse(written);
            Assert.All(json.RootElement.GetProperty("devices").EnumerateArray(), d => Assert.Equal("skipped", d.GetProperty("outcome").GetString()));
            Assert.Contains("run.abandoned", written, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static CliInvocation Interrupting() => new() { Environment = DemoLab.Environment, InterruptWhen = $"Starting {FirstDevice}" };
}
