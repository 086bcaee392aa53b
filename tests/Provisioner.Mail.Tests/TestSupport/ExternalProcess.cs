using System.Diagnostics;

namespace Provisioner.Mail.Tests;

/// <summary>Runs an external program and captures its output; fails with a clear message when it is missing.</summary>
internal static class ExternalProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string Text => Output + Error;
    }

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is not installed; the mail tests need it (Debian: apt-get install postfix bind9-utils).", e);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return new Result(process.ExitCode, await output, await error);
        }
    }

    /// <summary>Finds <paramref name="program"/> on PATH or in the sbin directories; fails the test when it is missing.</summary>
    public static string Require(string program)
    {
        string[] directories = [.. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'), "/usr/sbin", "/sbin", "/usr/bin"];
        return directories.Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"'{program}' is not installed; the mail tests need it (Debian: apt-get install postfix bind9-utils).");
    }
}
