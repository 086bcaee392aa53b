namespace Provisioner.Transport.Ssh;

/// <summary>One command of a connection's transcript, with every registered secret masked.</summary>
/// <param name="At">When the command was sent.</param>
/// <param name="Endpoint">The device endpoint.</param>
/// <param name="Channel"><c>exec</c> or <c>shell</c>.</param>
/// <param name="Command">The command as sent, secrets replaced by <c>[redacted]</c>.</param>
/// <param name="Outcome">How it ended: <c>ok</c>, <c>exit N</c>, <c>timeout</c>, <c>closed</c>.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Output">The cleaned output, secrets masked.</param>
public sealed record SshTranscriptEntry(DateTimeOffset At, string Endpoint, string Channel, string Command, string Outcome, TimeSpan Elapsed, string Output)
{
    /// <summary>One line for a debug log: channel, command, outcome and time; the output is left out.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Endpoint} {Channel}: {Command} → {Outcome} ({Elapsed.TotalMilliseconds:0} ms)";
}
