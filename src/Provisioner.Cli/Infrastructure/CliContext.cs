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
    /// <summary>Where answers to questions come from (apply's confirmation); empty unless set.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>True when <see cref="Input"/> is a person at a terminal, so a question may be asked.</summary>
    public bool IsInputTerminal { get; init; }

    /// <summary>True when <see cref="Error"/> is a terminal: the live progress display is drawn there only then.</summary>
    public bool IsErrorTerminal { get; init; }

    /// <summary>
    /// Cancelled by a second interrupt (Ctrl-C, SIGTERM): abandon the devices that the first interrupt
    /// let finish because they were being changed. The first interrupt is the command's own token.
    /// </summary>
    public CancellationToken Abandon { get; init; }

    /// <summary>The process's console and environment.</summary>
    /// <param name="abandon">Cancelled by a second interrupt.</param>
    /// <returns>The context.</returns>
    public static CliContext FromProcess(CancellationToken abandon) =>
        new(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, !Console.IsOutputRedirected)
        {
            Input = Console.In,
            IsInputTerminal = !Console.IsInputRedirected,
            IsErrorTerminal = !Console.IsErrorRedirected,
            Abandon = abandon,
        };
}
