using System.CommandLine;
using System.Text.RegularExpressions;
using Provisioner.Cli.Options;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Options;

/// <summary>Every command's --help lists exactly the --output values the command accepts.</summary>
public sealed partial class OutputOptionHelpTests
{
    public static TheoryData<string> CommandsWithOutput()
    {
        var data = new TheoryData<string>();
        foreach (var path in Leaves(Root(), []).Where(p => p.Command.Options.Any(o => o.Name == "--output")).Select(p => string.Join(' ', p.Path)))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsWithOutput))]
    public async Task Help_ListsExactlyTheFormatsTheCommandAccepts(string command)
    {
        var help = await CliRun.RunAsync([.. command.Split(' '), "--help"]);
        var listed = OutputLine().Match(help.Output).Groups[1].Value.Split('|');
        var description = OutputLine().Match(help.Output).Value;

        foreach (var format in Enum.GetValues<OutputFormat>().Select(SharedOptions.Name))
        {
            var errors = Root().Parse([.. command.Split(' '), "-o", format, "ARG", "1.3.6.1", "s", "x"]).Errors.Where(e => e.Message.Contains("--output", StringComparison.Ordinal)).ToList();
            Assert.Equal(listed.Contains(format), errors.Count == 0);
            Assert.Equal(listed.Contains(format), description.Contains(format, StringComparison.Ordinal));
        }
    }

    private static RootCommand Root() => RootCommandFactory.Create(new Cli.Infrastructure.CliContext(TextWriter.Null, TextWriter.Null, _ => null, false));

    private static IEnumerable<(Command Command, string[] Path)> Leaves(Command command, string[] path) =>
        command.Subcommands.Count == 0 ? [(command, path)] : command.Subcommands.SelectMany(c => Leaves(c, [.. path, c.Name]));

    [GeneratedRegex(@"-o, --output <([a-z|]+)>[^\n]*")]
    private static partial Regex OutputLine();
}
