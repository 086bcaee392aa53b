using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Delivery;

namespace Provisioner.Cli.Delivery;

/// <summary>Prints a <c>provisioner test</c> report on standard output and writes the <c>--report</c> file.</summary>
internal static class DeliveryOutput
{
    /// <summary>Renders <paramref name="result"/> in <paramref name="format"/>; the file's format follows its extension (.md Markdown, .xml JUnit, else JSON).</summary>
    public static async Task WriteAsync(CommandSession session, DeliveryResult result, OutputFormat format, FileInfo? file, CancellationToken cancellationToken)
    {
        var report = DeliveryReport.Of(result);
        await session.Out.WriteAsync(Render(report, format)).ConfigureAwait(false);
        if (file is not null)
        {
            var fileFormat = file.Extension.ToUpperInvariant() switch
            {
                ".MD" => OutputFormat.Markdown,
                ".XML" => OutputFormat.Junit,
                _ => OutputFormat.Json,
            };
            file.Directory?.Create();
            await File.WriteAllTextAsync(file.FullName, Render(report, fileFormat), cancellationToken).ConfigureAwait(false);
            session.Log.Information("Report written to {Report}", file.FullName);
        }
    }

    /// <summary>The report as text in <paramref name="format"/>.</summary>
    public static string Render(DeliveryReport report, OutputFormat format) => format switch
    {
        OutputFormat.Json => DeliveryJsonWriter.ToJson(report),
        OutputFormat.Markdown => DeliveryMarkdownWriter.ToMarkdown(report),
        OutputFormat.Junit => DeliveryJunitWriter.ToJunit(report),
        _ => DeliveryTextWriter.ToText(report),
    };
}
