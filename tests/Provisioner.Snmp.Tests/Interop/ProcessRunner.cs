using System.Diagnostics;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>Runs a short-lived command-line tool to completion and captures its output.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> and waits for it to exit.</summary>
    /// <param name="program">The full path of the program.</param>
    /// <param name="arguments">The arguments, one element each (no shell quoting needed).</param>
    /// <param name="environment">The net-snmp environment to run in.</param>
    /// <param name="cancellationToken">Cancels the wait and kills the process.</param>
    /// <returns>The exit code and output.</returns>
    public static async Task<ProcessResult> RunAsync(
        string program, IReadOnlyList<string> arguments, NetSnmpEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        environment.ApplyTo(startInfo);
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {program}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var commandLine = Path.GetFileName(program) + " " + string.Join(' ', arguments);
        return new ProcessResult(commandLine, process.ExitCode, await stdout, await stderr);
    }
}
