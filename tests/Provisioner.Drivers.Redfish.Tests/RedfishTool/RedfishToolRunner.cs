using System.Diagnostics;

namespace Provisioner.Drivers.Redfish.Tests.RedfishTool;

/// <summary>Runs Debian's <c>redfishtool</c> (the DMTF's Redfish CLI) against one lab endpoint and returns what it printed.</summary>
/// <param name="endpoint">The lab device, <c>127.161.x.y:port</c>.</param>
/// <param name="user">The user.</param>
/// <param name="password">The password.</param>
public sealed class RedfishToolRunner(string endpoint, string user, string password)
{
    /// <summary>The full path of <c>redfishtool</c>, or null when it is not on the PATH.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "redfishtool"))
        .FirstOrDefault(File.Exists);

    /// <summary>
    /// Runs <c>redfishtool -r endpoint -u user -p password -A Session -S Always args…</c>: HTTPS only, with a
    /// Redfish login session. redfishtool has no certificate option and passes <c>verify=False</c> to requests
    /// itself (<c>redfishtoollib/redfishtoolTransport.py</c>), so it is only ever pointed at a loopback lab device.
    /// </summary>
    /// <param name="args">The subcommand and its arguments.</param>
    /// <returns>The exit code, standard output and standard error.</returns>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("redfishtool is not installed."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-r", endpoint, "-u", user, "-p", password, "-A", "Session", "-S", "Always", "-T", "20" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_PROXY"] = "*";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
