using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Tests.Snmp;

/// <summary>Runs <c>provisioner</c> in process with captured output and a fixed environment.</summary>
internal static class CliRun
{
    /// <summary>Runs the CLI.</summary>
    /// <param name="environment">The environment variables the run sees.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and what was written.</returns>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, name => environment.GetValueOrDefault(name), IsTerminal: false);
        var exitCode = await CliApp.RunAsync(args, context, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the CLI with an empty environment.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and what was written.</returns>
    public static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string>(), args);
}
