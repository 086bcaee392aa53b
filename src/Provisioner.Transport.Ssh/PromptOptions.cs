using System.Text.RegularExpressions;

namespace Provisioner.Transport.Ssh;

/// <summary>How a <see cref="PromptShell"/> talks to one device CLI.</summary>
public sealed record PromptOptions
{
    /// <summary>The pager prompts answered by default: <c>--More--</c>, <c>-- More --</c>, <c>--More (q to quit)--</c> and the like, any case.</summary>
    public static IReadOnlyList<Regex> DefaultPagerPatterns { get; } =
    [
        new(@"-{2,}\s*More\b.*-{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
        new(@"<-{2,}\s*More\s*-{2,}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
    ];

    /// <summary>
    /// The command prompt, matched against the last line shown (escape sequences removed, trailing blanks
    /// trimmed), e.g. <c>^apc&gt;$</c> or <c>^# $</c>. Required.
    /// </summary>
    public required Regex Prompt { get; init; }

    /// <summary>Pager prompts, matched against the last line shown; each is answered with <see cref="PagerReply"/> and left out of the output.</summary>
    public IReadOnlyList<Regex> PagerPatterns { get; init; } = DefaultPagerPatterns;

    /// <summary>What a pager prompt is answered with; a space (next page) by default.</summary>
    public string PagerReply { get; init; } = " ";

    /// <summary>Questions the device may ask before its first prompt (after the login banner), with their replies.</summary>
    public IReadOnlyList<PromptAnswer> BannerAnswers { get; init; } = [];

    /// <summary>How long one command (and the first prompt) may take; null means the open request's timeout.</summary>
    public TimeSpan? CommandTimeout { get; init; }

    /// <summary>What ends a command line; <c>\r</c> (the Enter key) by default.</summary>
    public string LineEnding { get; init; } = "\r";

    /// <summary>
    /// Whether to ask for a pseudo-terminal, as an interactive <c>ssh</c> does; true by default. Some servers refuse
    /// one and drop the connection (OpenSSH's sshd when it does not run as root cannot hand the terminal to the user):
    /// false runs the shell on plain pipes, where the device's own echo, if any, is stripped the same way.
    /// </summary>
    public bool Terminal { get; init; } = true;

    /// <summary>The terminal type announced with the pseudo-terminal; <c>vt100</c> by default.</summary>
    public string TerminalType { get; init; } = "vt100";
}
