using Provisioner.Abstractions;
using Provisioner.Core;
using Spectre.Console;

namespace Provisioner.Cli.Running;

/// <summary>A live progress bar with counts per outcome, on standard error, only when standard error is a terminal.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="run"/> with a progress bar on <paramref name="console"/> fed by the <see cref="IProgress{T}"/> it is given; without one when <paramref name="console"/> is null.</summary>
    /// <param name="console">Where to draw (see <see cref="Infrastructure.CommandSession.ProgressConsole"/>), or null for no display.</param>
    /// <param name="total">The number of devices.</param>
    /// <param name="run">The run, given the progress sink.</param>
    /// <returns>The run's result.</returns>
    public static async Task<RunResult> RunAsync(IAnsiConsole? console, int total, Func<IProgress<RunProgress>?, Task<RunResult>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (console is null || total < 2)
        {
            return await run(null).ConfigureAwait(false);
        }

        RunResult? result = null;
        await console.Progress().AutoClear(true).HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("devices", maxValue: total);
                var progress = new Progress<RunProgress>(p =>
                {
                    task.Value = p.Completed;
                    task.Description = Describe(p);
                });
                result = await run(progress).ConfigureAwait(false);
                task.Value = total;
            }).ConfigureAwait(false);
        return result!;
    }

    private static string Describe(RunProgress p)
    {
        var counts = string.Join(" ", p.Counts.Where(c => c.Value > 0).Select(c => $"{c.Key.ToKebabCase()} {c.Value}"));
        return Markup.Escape($"{p.Completed}/{p.Total} ({p.Running} running) {counts}");
    }
}
