using System.CommandLine;
using System.CommandLine.Invocation;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli;

/// <summary>Runs <c>provisioner</c> with arguments against a context; the same path serves the process and in-process tests.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="context">The writers and environment.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = RootCommandFactory.Create(context);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            var command = parseResult.CommandResult.Command is RootCommand ? string.Empty : parseResult.CommandResult.Command.Name + " ";
            await context.Error.WriteLineAsync($"Run 'provisioner {command}--help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
