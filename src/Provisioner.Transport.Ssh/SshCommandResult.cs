namespace Provisioner.Transport.Ssh;

/// <summary>What one command on the exec channel returned.</summary>
/// <param name="ExitStatus">The exit status the server reported; null when it sent none (e.g. killed by a signal).</param>
/// <param name="Output">Standard output, as UTF-8 text.</param>
/// <param name="Error">Standard error, as UTF-8 text.</param>
public sealed record SshCommandResult(int? ExitStatus, string Output, string Error)
{
    /// <summary>Whether the command exited with status 0.</summary>
    public bool Succeeded => ExitStatus == 0;

    /// <summary>Counts only, never the text: the output may quote a value the driver sent.</summary>
    /// <returns>A summary for messages.</returns>
    public override string ToString() => $"exit {ExitStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, {Output.Length} chars out, {Error.Length} chars err";
}
