using System.CommandLine;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli;

/// <summary>Runs <c>provisioner</c> with arguments against a context; the same path serves the process and in-process tests.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs <paramref name="args"/>. Never throws: every failure ends in an exit code and a message on standard error.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="context">The writers and environment.</param>
    /// <param name="cancellationToken">The first interrupt (Ctrl-C, SIGTERM): stop, report what was done, exit 1.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var globals = new GlobalOptions();
        ParseResult? parseResult = null;
        try
        {
            parseResult = RootCommandFactory.Create(context, globals).Parse(args);
            if (UsageErrors.Found(parseResult))
            {
                return await UsageErrors.WriteAsync(parseResult, context.Error).ConfigureAwait(false);
            }

            // Signals are handled by InterruptSignals: System.CommandLine's own handler would end the
            // process two seconds after Ctrl-C, before the report of an interrupted run is written.
            var configuration = new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("Interrupted: the command stopped before it finished.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The process boundary: no command may end in a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await UnexpectedFailure.ReportAsync(context, globals, parseResult, ex).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
