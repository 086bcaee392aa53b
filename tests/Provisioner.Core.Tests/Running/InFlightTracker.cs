namespace Provisioner.Core.Tests.Running;

/// <summary>Counts devices in flight per group (a device may be in several, e.g. its site and its driver) and overall, remembering the maxima.</summary>
internal sealed class InFlightTracker
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> current = new(StringComparer.Ordinal);
    private int total;

    public Dictionary<string, int> MaxPerGroup { get; } = new(StringComparer.Ordinal);

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

    public void Enter(params string[] groups)
    {
        lock (gate)
        {
            total++;
            MaxTotal = Math.Max(MaxTotal, total);
            foreach (var group in groups)
            {
                current[group] = current.GetValueOrDefault(group) + 1;
                MaxPerGroup[group] = Math.Max(MaxPerGroup.GetValueOrDefault(group), current[group]);
            }
        }
    }

    public void Leave(params string[] groups)
    {
        lock (gate)
        {
            total--;
            foreach (var group in groups)
            {
                current[group]--;
            }
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
