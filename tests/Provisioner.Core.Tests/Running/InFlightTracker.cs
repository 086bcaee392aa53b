namespace Provisioner.Core.Tests.Running;

/// <summary>Counts devices in flight per group and overall, remembering the maxima.</summary>
internal sealed class InFlightTracker
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> current = new(StringComparer.Ordinal);
    private int total;

    public Dictionary<string, int> MaxPerSite { get; } = new(StringComparer.Ordinal);

    public int MaxTotal { get; private set; }

    public int Total
    {
        get
        {
            lock (gate)
            {
                return total;
            }
        }
    }

    public void Enter(string group)
    {
        lock (gate)
        {
            total++;
            current[group] = current.GetValueOrDefault(group) + 1;
            MaxTotal = Math.Max(MaxTotal, total);
            MaxPerSite[group] = Math.Max(MaxPerSite.GetValueOrDefault(group), current[group]);
        }
    }

    public void Leave(string group)
    {
        lock (gate)
        {
            total--;
            current[group]--;
        }
    }

    /// <summary>Waits (up to 30 s, then fails) until <paramref name="count"/> devices are in flight.</summary>
    public async Task WaitUntilInFlightAsync(int count)
    {
        for (var i = 0; i < 3000; i++)
        {
            if (Total >= count)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"Only {Total} devices in flight; expected {count}.");
    }
}
