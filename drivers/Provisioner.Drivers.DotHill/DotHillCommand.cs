namespace Provisioner.Drivers.DotHill;

/// <summary>One <c>set email-parameters</c> line with the keywords of one setting.</summary>
/// <param name="Line">The line sent.</param>
/// <param name="Shown">The line as diagnostics may show it (the password replaced).</param>
internal sealed record DotHillCommand(string Line, string Shown)
{
    /// <summary>Builds <c>set email-parameters keyword value …</c>, quoting values that are empty or hold blanks (<see cref="DotHillAssumptions.Quote"/>).</summary>
    /// <param name="pairs">The keywords and values, in order.</param>
    /// <param name="secret">True when the values are a password: <see cref="Shown"/> masks them.</param>
    /// <returns>The command, or null when a value cannot be typed on the CLI (a double quote or a control character).</returns>
    public static DotHillCommand? Set(IReadOnlyList<(string Keyword, string Value)> pairs, bool secret = false)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Any(p => p.Value.Any(c => c == DotHillAssumptions.Quote || char.IsControl(c))))
        {
            return null;
        }

        var line = string.Join(' ', pairs.Select(p => $"{p.Keyword} {Typed(p.Value)}"));
        var shown = string.Join(' ', pairs.Select(p => $"{p.Keyword} {(secret ? "[redacted]" : Typed(p.Value))}"));
        return new DotHillCommand($"{DotHillCommands.SetEmail} {line}", $"{DotHillCommands.SetEmail} {shown}");
    }

    private static string Typed(string value) =>
        value.Length == 0 || value.Any(char.IsWhiteSpace) ? $"{DotHillAssumptions.Quote}{value}{DotHillAssumptions.Quote}" : value;
}
