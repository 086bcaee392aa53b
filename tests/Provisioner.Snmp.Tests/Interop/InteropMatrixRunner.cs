namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// Runs every operation of every row, one after another, and records each outcome instead of
/// stopping at the first failure, so the table shows the whole picture.
/// </summary>
internal static class InteropMatrixRunner
{
    /// <summary>Runs <paramref name="operation"/> for each row and each applicable operation.</summary>
    /// <param name="title">The direction, for the report.</param>
    /// <param name="cases">The rows.</param>
    /// <param name="operation">Performs one operation for one row; throws to report a failure.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    public static async Task<InteropMatrixReport> RunAsync(
        string title,
        IEnumerable<InteropCase> cases,
        Func<InteropCase, InteropOperation, CancellationToken, Task> operation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(operation);
        var cells = new List<InteropCellResult>();
        foreach (var row in cases)
        {
            foreach (var op in Enum.GetValues<InteropOperation>())
            {
                if (op == InteropOperation.GetBulk && row.IsV1)
                {
                    continue;
                }

                string? failure = null;
                try
                {
                    await operation(row, op, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failure = $"{ex.GetType().Name}: {ex.Message}";
                }

                cells.Add(new InteropCellResult(row, op, failure));
            }
        }

        return new InteropMatrixReport(title, cells);
    }
}
