namespace Provisioner.Transport.Ssh;

/// <summary>
/// The commands one connection sent, with every registered secret masked, for the debug log. The transport
/// does not log by itself: a driver or the composition root reads <see cref="Entries"/> or passes a sink.
/// </summary>
public sealed class SshTranscript
{
    private readonly List<SshTranscriptEntry> entries = [];
    private readonly Lock gate = new();
    private readonly Action<SshTranscriptEntry>? sink;

    /// <summary>Creates a transcript.</summary>
    /// <param name="sink">Receives each entry as it is recorded, e.g. a Serilog debug call; null for none.</param>
    public SshTranscript(Action<SshTranscriptEntry>? sink = null) => this.sink = sink;

    /// <summary>The entries so far, oldest first.</summary>
    public IReadOnlyList<SshTranscriptEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    /// <summary>Records an entry (already masked) and hands it to the sink.</summary>
    /// <param name="entry">The entry.</param>
    internal void Record(SshTranscriptEntry entry)
    {
        lock (gate)
        {
            entries.Add(entry);
        }

        sink?.Invoke(entry);
    }
}
