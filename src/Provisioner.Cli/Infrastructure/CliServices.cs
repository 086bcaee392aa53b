using System.CommandLine;

namespace Provisioner.Cli.Infrastructure;

/// <summary>What every command factory receives: the context and the global options, and a way to start a session.</summary>
/// <param name="Context">The writers and environment.</param>
/// <param name="Globals">The global options (<c>--verbose</c>, <c>--log-file</c>, <c>--no-color</c>).</param>
internal sealed record CliServices(CliContext Context, GlobalOptions Globals)
{
    /// <summary>Starts a session (console, logger) for one invocation.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The session; dispose it when the command ends.</returns>
    public CommandSession Begin(ParseResult parseResult) => CommandSession.Begin(Context, Globals, parseResult);
}
