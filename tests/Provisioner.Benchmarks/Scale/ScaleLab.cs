using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// The runner's handle on the lab process (<see cref="ScaleLabServer"/>): starts it, learns the
/// address map, and sends it commands (faults, reset, memory peak reset, stats).
/// </summary>
internal sealed class ScaleLab : IAsyncDisposable
{
    private readonly Process process;

    private ScaleLab(Process process, IReadOnlyList<(string Name, IPEndPoint Endpoint)> devices, TimeSpan startTime)
    {
        this.process = process;
        Devices = devices;
        StartTime = startTime;
    }

    /// <summary>The devices with their lab endpoints, in name order.</summary>
    public IReadOnlyList<(string Name, IPEndPoint Endpoint)> Devices { get; }

    /// <summary>How long the lab took to bind every agent.</summary>
    public TimeSpan StartTime { get; }

    /// <summary>Starts a lab of <paramref name="devices"/> SC200s for <paramref name="version"/> and waits until it is ready.</summary>
    public static async Task<ScaleLab> StartAsync(int devices, string version, CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this program's path to start the lab process.");
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ScaleLab).Assembly.Location);
        }

        foreach (var a in new[] { "scale-lab", devices.ToString(CultureInfo.InvariantCulture), version })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the lab process.");
        var list = new List<(string, IPEndPoint)>(devices);
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            var words = line.Split(' ');
            if (words[0] == "device")
            {
                list.Add((words[1], new IPEndPoint(IPAddress.Parse(words[2]), int.Parse(words[3], CultureInfo.InvariantCulture))));
            }
            else if (words[0] == "ready")
            {
                return new ScaleLab(process, list, TimeSpan.FromMilliseconds(double.Parse(words[1], CultureInfo.InvariantCulture)));
            }
        }

        await process.WaitForExitAsync(cancellationToken);
        throw new InvalidOperationException($"The lab process ended (exit code {process.ExitCode}) before it was ready.");
    }

    /// <summary>Sets latency and loss on every device.</summary>
    public Task SetFaultsAsync(int latencyMs, double loss) => CommandAsync(string.Create(CultureInfo.InvariantCulture, $"faults {latencyMs} {loss}"));

    /// <summary>Puts every device's email group back to its factory values.</summary>
    public Task ResetAsync() => CommandAsync("reset");

    /// <summary>Resets the lab process's memory peak.</summary>
    public Task ResetPeakAsync() => CommandAsync("peak-reset");

    /// <summary>The lab process's CPU time so far and its memory peak since the last reset.</summary>
    public async Task<(TimeSpan Cpu, long PeakBytes)> StatsAsync()
    {
        var words = (await CommandAsync("stats")).Split(' ');
        return (TimeSpan.FromTicks(long.Parse(words[1], CultureInfo.InvariantCulture)), long.Parse(words[2], CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await process.StandardInput.WriteLineAsync("quit");
            await process.StandardInput.FlushAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }

        process.Dispose();
    }

    private async Task<string> CommandAsync(string command)
    {
        await process.StandardInput.WriteLineAsync(command);
        await process.StandardInput.FlushAsync();
        var answer = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException($"The lab process ended during '{command}'.");
        return answer.StartsWith("error", StringComparison.Ordinal) ? throw new InvalidOperationException(answer) : answer;
    }
}
