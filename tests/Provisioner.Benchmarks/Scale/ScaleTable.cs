using System.Globalization;
using System.Text;

namespace Provisioner.Benchmarks.Scale;

/// <summary>Renders the scale figures as the Markdown table of docs/benchmarks/engine.md.</summary>
internal static class ScaleTable
{
    public static string Render(IEnumerable<ScaleFigure> figures)
    {
        var text = new StringBuilder();
        text.AppendLine("| Scenario | Devices | --parallel | Wall | CPU | Peak memory | Devices/s | Lab CPU | Lab peak | Load | Outcomes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var f in figures)
        {
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {f.Scenario} | {f.Devices:N0} | {f.Parallel} | {Time(f.Wall)} | {Time(f.Cpu)} | {Mb(f.PeakBytes)} | {f.DevicesPerSecond:N0} | {Time(f.LabCpu)} | {Mb(f.LabPeakBytes)} | {f.Load} | {f.Outcomes} |"));
        }

        return text.ToString();
    }

    public static string Notes(IEnumerable<ScaleFigure> figures)
    {
        var text = new StringBuilder();
        foreach (var f in figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {f.Scenario}, --parallel {f.Parallel}: {f.Note}");
        }

        return text.ToString();
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string Time(TimeSpan t) => t.TotalSeconds >= 100
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:N0} s")
        : t.TotalSeconds >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:F2} s") : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:F0} ms");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F0} MB");
}
