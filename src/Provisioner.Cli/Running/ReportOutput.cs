using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Core;
using Provisioner.Core.Reports;

namespace Provisioner.Cli.Running;

/// <summary>Prints a run's report on standard output and writes the --report file.</summary>
internal static class ReportOutput
{
    /// <summary>Renders <paramref name="run"/>. The report is built from structured data with its free text already redacted, so the rendered text gets no second, substring-wise pass.</summary>
    public static async Task WriteAsync(CommandSession session, RunResult run, SecretRedactor redactor, OutputFormat format, FileInfo? file, CancellationToken cancellationToken)
    {
        var report = RunReportBuilder.Build(run, redactor);
        var text = format switch
        {
            OutputFormat.Json => JsonReportWriter.ToJson(report),
            OutputFormat.Markdown => MarkdownReportWriter.ToMarkdown(report),
            _ => TextTableWriter.ToText(report),
        };
        await session.Out.WriteAsync(text).ConfigureAwait(false);
        if (file is not null)
        {
            var content = file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ? MarkdownReportWriter.ToMarkdown(report) : JsonReportWriter.ToJson(report);
            file.Directory?.Create();
            await File.WriteAllTextAsync(file.FullName, content, cancellationToken).ConfigureAwait(false);
            session.Log.Information("Report written to {Report}", file.FullName);
        }
    }
}
