using System.Text.RegularExpressions;
using Provisioner.Cli.Tests.Support;
using Spectre.Console;

namespace Provisioner.Cli.Tests.Running;

/// <summary>The progress display on a terminal's standard error has no colour with --no-color or NO_COLOR.</summary>
public sealed partial class ProgressDisplayTests
{
    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "1")]
    public async Task ProgressConsole_ColourOff_HasNoColours(bool option, string? noColor)
    {
        var context = new Cli.Infrastructure.CliContext(TextWriter.Null, TextWriter.Null, name => name == "NO_COLOR" ? noColor : null, IsTerminal: true) { IsErrorTerminal = true };
        var globals = new Cli.Infrastructure.GlobalOptions();
        var root = new System.CommandLine.RootCommand();
        globals.AddTo(root);

        await using var session = Cli.Infrastructure.CommandSession.Begin(context, globals, root.Parse(option ? ["--no-color"] : []));

        Assert.Equal(ColorSystem.NoColors, session.ProgressConsole()!.Profile.Capabilities.ColorSystem);
    }

    [Fact]
    public async Task ProgressConsole_ErrorNotATerminal_IsNull()
    {
        var context = new Cli.Infrastructure.CliContext(TextWriter.Null, TextWriter.Null, _ => null, IsTerminal: true);
        var globals = new Cli.Infrastructure.GlobalOptions();
        var root = new System.CommandLine.RootCommand();
        globals.AddTo(root);

        await using var session = Cli.Infrastructure.CommandSession.Begin(context, globals, root.Parse([]));

        Assert.Null(session.ProgressConsole());
    }

    [Fact]
    public async Task Plan_NoColorWithAProgressBarOnTheTerminal_WritesNoColourCodes()
    {
        await using var lab = await DemoLab.StartAsync(117);

        var result = await new CliInvocation { Environment = DemoLab.Environment, ErrorTerminal = true }.RunAsync("plan", CliRun.Demo, "--lab", lab.MapPath, "--no-color");

        Assert.True(result.ExitCode == ExitCodes.ChangesPending, result.Output + result.Error);
        Assert.Contains("\u001b[", result.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(ColourCode(), result.Error);
    }

    /// <summary>An SGR sequence that sets a foreground or background colour (30–37, 38;…, 40–47, 48;…, 90–97, 100–107).</summary>
    [GeneratedRegex(@"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")]
    private static partial Regex ColourCode();
}
