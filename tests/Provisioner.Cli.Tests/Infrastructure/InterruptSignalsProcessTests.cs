using System.Diagnostics;
using System.Text.Json;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests;

/// <summary>SIGTERM to the real process during plan is handled like Ctrl-C: the report is written and the exit code is 1.</summary>
public sealed class InterruptSignalsProcessTests
{
    [Fact]
    public async Task Plan_Sigterm_WritesTheReportAndExitsOne()
    {
        await using var lab = await DemoLab.StartAsync(119);
        lab.Host["DCP-DEMO-01"].Faults.Latency = TimeSpan.FromSeconds(2);
        var report = Path.Combine(Path.GetTempPath(), $"sigterm-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "provisioner.dll"), "plan", CliRun.Demo, "--lab", lab.MapPath, "--parallel", "1", "-v", "--report", report })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in DemoLab.Environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = new System.Text.StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                error.AppendLine(line);
                if (line.Contains("Starting DCP-DEMO-01", StringComparison.Ordinal))
                {
                    using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                    await kill.WaitForExitAsync(timeout.Token);
                }
            }

            await process.WaitForExitAsync(timeout.Token);
            await output;

            Assert.True(process.ExitCode == ExitCodes.Failure, error.ToString());
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            Assert.True(json.RootElement.GetProperty("cancelled").GetBoolean());
            Assert.All(json.RootElement.GetProperty("devices").EnumerateArray(), d => Assert.Equal("skipped", d.GetProperty("outcome").GetString()));
        }
        finally
        {
            File.Delete(report);
        }
    }
}
