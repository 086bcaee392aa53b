namespace Provisioner.Core;

/// <summary>
/// Devices not yet started, grouped by site and driver so the next startable device is found in time
/// proportional to the number of groups, not devices. Among startable groups the device given first
/// wins, so runs follow inventory order as far as the limits allow. Not thread-safe.
/// </summary>
internal sealed class PendingDevices
{
    private readonly List<Queue<int>> groups = [];

    public PendingDevices(IReadOnlyList<DeviceTarget> targets)
    {
        var byKey = new Dictionary<(string Site, string Driver), Queue<int>>();
        for (var i = 0; i < targets.Count; i++)
        {
            var key = (targets[i].Site, targets[i].DriverId);
            if (!byKey.TryGetValue(key, out var queue))
            {
                queue = new Queue<int>();
                byKey[key] = queue;
                groups.Add(queue);
            }

            queue.Enqueue(i);
            Count++;
        }
    }

    public int Count { get; private set; }

    /// <summary>Takes the first-given device among groups whose head <paramref name="canStart"/> accepts.</summary>
    public bool TryTake(Func<int, bool> canStart, out int index)
    {
        index = -1;
        Queue<int>? best = null;
        foreach (var queue in groups)
        {
            if (queue.Count > 0 && (best is null || queue.Peek() < best.Peek()) && canStart(queue.Peek()))
            {
                best = queue;
            }
        }

        if (best is null)
        {
            return false;
        }

        index = best.Dequeue();
        Count--;
        return true;
    }

    /// <summary>Removes and returns every device still pending, in input order.</summary>
    public IEnumerable<int> Drain()
    {
        var rest = groups.SelectMany(q => q).Order().ToList();
        groups.Clear();
        Count = 0;
        return rest;
    }
}
