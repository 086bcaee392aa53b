using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests;

/// <summary>docs/exit-codes.md, ExitCodes.cs, the README and every command's --help agree.</summary>
public sealed partial class ExitCodesDocumentationTests
{
    [Fact]
    public void Documentation_TableListsExactlyTheCodesOfExitCodes()
    {
        var documented = Table(File.ReadAllText(Path.Combine(CliRun.Root, "docs", "exit-codes.md")));
        var defined = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (int)f.GetRawConstantValue()!, f => f.Name);

        Assert.Equal(defined.OrderBy(p => p.Key), documented.OrderBy(p => p.Key));
    }

    [Fact]
    public void Help_EveryExitCodeACommandMentions_IsDefinedAndEveryCommandThatRunsMentionsItsCodes()
    {
        var defined = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetRawConstantValue()!).ToHashSet();
        var root = RootCommandFactory.Create(new Cli.Infrastructure.CliContext(TextWriter.Null, TextWriter.Null, _ => null, false));

        foreach (var command in Leaves(root))
        {
            var sentence = ExitSentence().Match(command.Description ?? string.Empty);
            Assert.True(sentence.Success, $"'{command.Name}' --help does not say its exit codes (\"Exit 0 when ...\").");
            foreach (var code in Codes().Matches(sentence.Value).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                Assert.Contains(code, defined);
            }
        }
    }

    [Fact]
    public void Readme_CommandTable_MentionsOnlyDefinedCodes()
    {
        var defined = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetRawConstantValue()!).ToHashSet();
        var rows = File.ReadAllLines(Path.Combine(CliRun.Root, "README.md")).Where(l => l.StartsWith("| `provisioner ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var codes = row.Split('|', StringSplitOptions.RemoveEmptyEntries)[^1];
            Assert.False(string.IsNullOrWhiteSpace(codes), row);
            Assert.All(Codes().Matches(codes), m => Assert.Contains(int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), defined));
        }
    }

    private static Dictionary<int, string> Table(string markdown) =>
        TableRow().Matches(markdown).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[2].Value);

    private static IEnumerable<Command> Leaves(Command command) =>
        command.Subcommands.Count == 0 ? [command] : command.Subcommands.SelectMany(Leaves);

    [GeneratedRegex(@"^\|\s*(\d+)\s*\|\s*`(\w+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"Exit (?:code )?\d.*$")]
    private static partial Regex ExitSentence();

    [GeneratedRegex(@"\b\d\b")]
    private static partial Regex Codes();
}
