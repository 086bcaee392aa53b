namespace Provisioner.Cli.Infrastructure;

/// <summary>
/// What a command invocation runs against: the output and error writers and the environment.
/// The real process uses the console; tests pass <see cref="StringWriter"/>s and a fixed environment.
/// </summary>
/// <param name="Out">Where results go (tables, JSON, Markdown).</param>
/// <param name="Error">Where diagnostics and logs go.</param>
/// <param name="Environment">Reads an environment variable (e.g. <c>NO_COLOR</c>); null when unset.</param>
/// <param name="IsTerminal">True when <paramref name="Out"/> is an interactive terminal (colour and width are detected then).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> Environment, bool IsTerminal)
{
    /// <summary>The process's console and environment.</summary>
    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, !Console.IsOutputRedirected);
}
