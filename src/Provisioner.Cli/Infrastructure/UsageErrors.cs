using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Provisioner.Inventory.Loading;

namespace Provisioner.Cli.Infrastructure;

/// <summary>
/// Reports a command line that cannot run: every parse error, a "did you mean" for each word the parser
/// did not recognise (nearest command or option of the command it was typed under), and where help is.
/// An unknown command with <c>--help</c> is an error too, not the help of the command above it.
/// </summary>
internal static class UsageErrors
{
    /// <summary>True when <paramref name="parseResult"/> must not run: a parse error, or help asked for a command that does not exist.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>Whether it is a usage error.</returns>
    public static bool Found(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.Action is ParseErrorAction || (parseResult.Action is HelpAction && parseResult.UnmatchedTokens.Count > 0);
    }

    /// <summary>Writes the errors, suggestions and the help hint to <paramref name="error"/>.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="error">Standard error.</param>
    /// <returns><see cref="ExitCodes.UsageError"/>.</returns>
    public static async Task<int> WriteAsync(ParseResult parseResult, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(error);
        var messages = parseResult.Errors.Select(e => e.Message).ToList();
        if (messages.Count == 0)
        {
            messages.AddRange(parseResult.UnmatchedTokens.Select(t => $"Unrecognized command or argument '{t}'."));
        }

        foreach (var message in messages.Distinct(StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        }

        var path = CommandPath.Of(parseResult.CommandResult);
        foreach (var token in parseResult.UnmatchedTokens)
        {
            if (Suggest(parseResult.CommandResult, token) is { } suggestion)
            {
                var spelled = suggestion.StartsWith('-') ? suggestion : $"{path} {suggestion}";
                await error.WriteLineAsync($"Did you mean '{spelled}' instead of '{token}'?").ConfigureAwait(false);
            }
        }

        await error.WriteLineAsync($"Run '{path} --help' for usage.").ConfigureAwait(false);
        return ExitCodes.UsageError;
    }

    /// <summary>The option of <paramref name="command"/> (or a recursive one above it) nearest to <paramref name="token"/>, when close enough to be a typo.</summary>
    /// <param name="command">The command the token was typed under.</param>
    /// <param name="token">The unrecognised token, e.g. <c>--devcie</c>.</param>
    /// <returns>The option name, or null.</returns>
    public static string? SuggestOption(CommandResult command, string token)
    {
        ArgumentNullException.ThrowIfNull(command);
        return EditDistance.Suggest(token, OptionNames(command));
    }

    private static string? Suggest(CommandResult command, string token) =>
        token.StartsWith('-')
            ? SuggestOption(command, token)
            : EditDistance.Suggest(token, command.Command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name)));

    private static IEnumerable<string> OptionNames(CommandResult command)
    {
        var options = command.Command.Options.AsEnumerable();
        for (var parent = command.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            options = options.Concat(parent.Command.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
    }
}
