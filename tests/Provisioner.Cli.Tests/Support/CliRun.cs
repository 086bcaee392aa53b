using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Tests.Support;

/// <summary>Runs <c>provisioner</c> in-process with captured output and a fixed environment.</summary>
internal static class CliRun
{
    private static readonly Lazy<string> RootDirectory = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Provisioner.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Provisioner.sln not found");
    });

    public static string Root => RootDirectory.Value;

    /// <summary>The CLI tests' SNMP fixture: the demo organisation with its three SC200s only (run mechanics are tested on it).</summary>
    public static string Demo => Path.Combine(RootDirectory.Value, "tests", "Provisioner.Cli.Tests", "Inventories", "snmp-demo");

    /// <summary>The shipped demo inventory (<c>inventory/examples/demo</c>), with its HTTPS devices: what <c>provisioner demo</c> runs.</summary>
    public static string ExampleDemo => Path.Combine(RootDirectory.Value, "inventory", "examples", "demo");

    public static string Contoso => Path.Combine(RootDirectory.Value, "inventory", "examples", "contoso");

    public static string Minimal => Path.Combine(RootDirectory.Value, "inventory", "examples", "minimal");

    public static string Bad(string name) => Path.Combine(RootDirectory.Value, "inventory", "examples", "bad", name);

    public static async Task<Result> RunAsync(params string[] args) => await RunAsync(new Dictionary<string, string>(), args);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, name => environment.GetValueOrDefault(name), IsTerminal: false);
        var exit = await CliApp.RunAsync(args, context, CancellationToken.None);
        return new Result(exit, output.ToString(), error.ToString());
    }

    internal sealed record Result(int ExitCode, string Output, string Error);
}
