using System.CommandLine;

namespace Provisioner.Cli.Infrastructure;

/// <summary>
/// Reports an exception no command handled: one line on standard error, the whole exception (type,
/// stack) in the log, which <c>-v</c> shows on standard error and <c>--log-file</c> keeps.
/// </summary>
internal static class UnexpectedFailure
{
    /// <summary>Writes the one-line message and logs <paramref name="exception"/> at debug level.</summary>
    /// <param name="context">The writers and environment.</param>
    /// <param name="globals">The global options, to find <c>-v</c> and <c>--log-file</c>.</param>
    /// <param name="parseResult">The parsed command line; null when parsing itself failed.</param>
    /// <param name="exception">The exception.</param>
    /// <returns>A task that completes when the message is written and the log flushed.</returns>
    public static async Task ReportAsync(CliContext context, GlobalOptions globals, ParseResult? parseResult, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(exception);
        var command = parseResult is null ? CommandPath.Program : CommandPath.Of(parseResult.CommandResult);
        var message = exception.Message.ReplaceLineEndings(" ");
        var line = exception is IOException or UnauthorizedAccessException
            ? $"error: {command}: {message} Check the path and its permissions; -v or --log-file FILE has the details."
            : $"error: {command} failed unexpectedly: {message} ({exception.GetType().Name}). This is a bug; run again with -v or --log-file FILE for the details and report it.";
        await context.Error.WriteLineAsync(line).ConfigureAwait(false);
        if (parseResult is null)
        {
            return;
        }

        try
        {
            await using var session = CommandSession.Begin(context, globals, parseResult);
            session.Log.Debug(exception, "Unexpected failure of {Command}", command);
        }
#pragma warning disable CA1031 // The log is best effort here: the failure is already reported.
        catch (Exception)
#pragma warning restore CA1031
        {
            // The log could not be opened (e.g. --log-file in a missing directory); the line above stands.
        }
    }
}
