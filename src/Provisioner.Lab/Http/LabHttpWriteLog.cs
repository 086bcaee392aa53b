namespace Provisioner.Lab.Http;

/// <summary>
/// The bounded, thread-safe write log of one simulated HTTPS device: what each write request carried and
/// whether the device kept it. The oldest entries go first once <see cref="Capacity"/> is reached.
/// </summary>
public sealed class LabHttpWriteLog
{
    /// <summary>How many entries the log keeps.</summary>
    public const int Capacity = 1024;

    private readonly Queue<LabHttpWrite> entries = new();
    private readonly Lock gate = new();

    /// <summary>The entries, oldest first.</summary>
    public IReadOnlyList<LabHttpWrite> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    /// <summary>Appends an entry.</summary>
    /// <param name="write">The entry.</param>
    public void Add(LabHttpWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (gate)
        {
            if (entries.Count == Capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(write);
        }
    }

    /// <summary>Empties the log.</summary>
    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }
}
