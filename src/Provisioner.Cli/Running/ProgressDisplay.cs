using Provisioner.Abstractions;
using Provisioner.Core;
using Spectre.Console;

namespace Provisioner.Cli.Running;

/// <summary>A live progress bar with counts per outcome, on standard error, only when standard error is a terminal.</summary>
internal static class ProgressDisplay
{
    /// <summary>Whether the process's standard error is an interactive terminal.</summary>
    public static bool Available => !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="run"/> with a progress bar fed by the <see cref="IProgress{T}"/> it is given.</summary>
    public static async Task<RunResult> RunAsync(int total, Func<IProgress<RunProgress>?, Task<RunResult>> run)
    {
        if (!Available || total < 2)
        {
            return await run(null).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
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
