namespace Provisioner.Cli.Infrastructure;

/// <summary>A yes/no question on standard error, answered with a line from the context's input; anything but yes is no.</summary>
internal static class ConfirmationQuestion
{
    /// <summary>Asks <paramref name="question"/> and reads the answer.</summary>
    /// <param name="context">The writers and input.</param>
    /// <param name="question">The question, e.g. <c>Apply these changes? [y/N] </c>.</param>
    /// <param name="cancellationToken">An interrupt while waiting for the answer.</param>
    /// <returns>True only for <c>y</c> or <c>yes</c> (any case); false for anything else and for the end of input.</returns>
    /// <exception cref="OperationCanceledException">Interrupted while waiting.</exception>
    public static async Task<bool> AskAsync(CliContext context, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Error.WriteAsync(question).ConfigureAwait(false);
        await context.Error.FlushAsync(cancellationToken).ConfigureAwait(false);

        // A console read cannot be cancelled; wait for the answer or the interrupt, whichever comes first.
        var read = context.Input.ReadLineAsync(cancellationToken).AsTask();
        await Task.WhenAny(read, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var answer = (await read.ConfigureAwait(false))?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }
}
