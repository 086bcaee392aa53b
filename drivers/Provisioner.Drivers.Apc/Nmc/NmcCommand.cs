namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>One write command line with one option, as the reference's module builds them (<c>smtp -s 10.6.0.25</c>).</summary>
/// <param name="Line">The line sent.</param>
/// <param name="Shown">The line as diagnostics may show it (the password replaced).</param>
internal sealed record NmcCommand(string Line, string Shown)
{
    /// <summary>Builds <c>command option value</c>, quoting a value with blanks (<see cref="NmcAssumptions.Quote"/>).</summary>
    /// <param name="command"><c>smtp</c> or <c>email</c>.</param>
    /// <param name="option">The option, e.g. <c>-s</c> or <c>-t2</c>.</param>
    /// <param name="value">The value.</param>
    /// <param name="secret">True for the password: <see cref="Shown"/> masks it.</param>
    /// <returns>The command, or null when the value cannot be typed on the CLI (a double quote or a control character).</returns>
    public static NmcCommand? Create(string command, string option, string value, bool secret = false)
    {
        if (value.Any(c => c == NmcAssumptions.Quote || char.IsControl(c)))
        {
            return null;
        }

        var typed = value.Length == 0 || value.Any(char.IsWhiteSpace) ? $"{NmcAssumptions.Quote}{value}{NmcAssumptions.Quote}" : value;
        return new NmcCommand($"{command} {option} {typed}", $"{command} {option} {(secret ? "[redacted]" : typed)}");
    }
}
