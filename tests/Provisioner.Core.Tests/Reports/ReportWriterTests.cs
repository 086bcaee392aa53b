using Provisioner.Core.Reports;
using Provisioner.Testing.Golden;

namespace Provisioner.Core.Tests.Reports;

public sealed class ReportWriterTests
{
    [Fact]
    public async Task ToJson_DiffOfFleet_MatchesGolden()
    {
        var (run, redactor) = await Fleet.RunAsync(RunMode.Diff);

        Golden.AssertMatches(JsonReportWriter.ToJson(RunReportBuilder.Build(run, redactor)), "Golden/diff-report.json");
    }

    [Fact]
    public async Task ToJson_ApplyOfFleet_MatchesGolden()
    {
        var (run, redactor) = await Fleet.RunAsync(RunMode.Apply);

        Golden.AssertMatches(JsonReportWriter.ToJson(RunReportBuilder.Build(run, redactor)), "Golden/apply-report.json");
    }

    [Fact]
    public async Task ToMarkdown_DiffOfFleet_MatchesGolden()
    {
        var (run, redactor) = await Fleet.RunAsync(RunMode.Diff);

        Golden.AssertMatches(MarkdownReportWriter.ToMarkdown(RunReportBuilder.Build(run, redactor)), "Golden/diff-report.md");
    }

    [Fact]
    public async Task ToMarkdown_ApplyOfFleet_MatchesGolden()
    {
        var (run, redactor) = await Fleet.RunAsync(RunMode.Apply);

        Golden.AssertMatches(MarkdownReportWriter.ToMarkdown(RunReportBuilder.Build(run, redactor)), "Golden/apply-report.md");
    }

    [Fact]
    public async Task ToText_ApplyOfFleet_MatchesGolden()
    {
        var (run, redactor) = await Fleet.RunAsync(RunMode.Apply);

        Golden.AssertMatches(TextTableWriter.ToText(RunReportBuilder.Build(run, redactor)), "Golden/apply-report.txt");
    }

    [Fact]
    public async Task Build_Apply_CarriesFormatVersionExitCodeAndCounts()
    {
        var (run, redactor) = await Fleet.RunAsync(RunMode.Apply);

        var report = RunReportBuilder.Build(run, redactor);

        Assert.Equal(1, report.FormatVersion);
        Assert.Equal("apply", report.Command);
        Assert.Equal(RunResult.ExitFailed, report.ExitCode);
        Assert.Equal(7, report.Summary.Devices);
        Assert.Equal(1, report.Summary.Outcomes["reverted"]);
    }

    [Fact]
    public async Task WriteAsync_Stream_EqualsToJson()
    {
        var (run, redactor) = await Fleet.RunAsync(RunMode.Diff);
        var report = RunReportBuilder.Build(run, redactor);
        using var stream = new MemoryStream();

        await JsonReportWriter.WriteAsync(report, stream, CancellationToken.None);

        Assert.Equal(JsonReportWriter.ToJson(report), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
