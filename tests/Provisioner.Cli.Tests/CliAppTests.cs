using System.Text.Json;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task Version_PrintsTheProductVersion()
    {
        var result = await CliRun.RunAsync("--version");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("0.1.0", result.Output.Trim());
    }

    [Fact]
    public async Task Help_ListsEveryCommandWithADescription()
    {
        var result = await CliRun.RunAsync("--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("lint", result.Output, StringComparison.Ordinal);
        Assert.Contains("render", result.Output, StringComparison.Ordinal);
        Assert.Contains("--log-file", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RootCommand_EveryCommandAndOption_HasADescription()
    {
        var root = RootCommandFactory.Create(new Infrastructure.CliContext(TextWriter.Null, TextWriter.Null, _ => null, false));

        foreach (var command in root.Subcommands)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name);
            foreach (var option in command.Options)
            {
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{command.Name} {option.Name}");
            }

            foreach (var argument in command.Arguments)
            {
                Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"{command.Name} {argument.Name}");
            }
        }
    }

    [Fact]
    public async Task UnknownOption_IsAUsageError()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Contoso, "--frobnicate");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_LogsDebugToStandardError()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Contoso, "-v");

        Assert.Contains("[DBG] Loading inventory", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("[DBG]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotVerbose_LogsNoDebug()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Contoso);

        Assert.DoesNotContain("[DBG]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogFile_WritesCompactJsonEvents()
    {
        var path = Path.Combine(Path.GetTempPath(), $"provisioner-log-{Guid.NewGuid():N}.json");
        try
        {
            await CliRun.RunAsync("lint", CliRun.Contoso, "--log-file", path);

            var lines = await File.ReadAllLinesAsync(path);
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                using var document = JsonDocument.Parse(line);
                Assert.True(document.RootElement.TryGetProperty("@t", out _));
                Assert.True(document.RootElement.TryGetProperty("@mt", out _));
            }

            Assert.Contains(lines, l => l.Contains("Loading inventory", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(true, null, false)]
    [InlineData(false, "1", false)]
    [InlineData(false, "", true)]
    public async Task Session_NoColorOptionOrEnvironment_DecidesColour(bool option, string? noColor, bool expected)
    {
        var context = new Infrastructure.CliContext(TextWriter.Null, TextWriter.Null, name => name == "NO_COLOR" ? noColor : null, IsTerminal: true);
        var globals = new Infrastructure.GlobalOptions();
        var root = new System.CommandLine.RootCommand();
        globals.AddTo(root);

        await using var session = Infrastructure.CommandSession.Begin(context, globals, root.Parse(option ? ["--no-color"] : []));

        Assert.Equal(expected, session.Color);
    }

    [Fact]
    public async Task Lint_RedirectedOutput_HasNoEscapeCodes()
    {
        var result = await CliRun.RunAsync("lint", CliRun.Bad("PV015-unused-group"));

        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
        Assert.Contains("warning PV015", result.Output, StringComparison.Ordinal);
    }
}
