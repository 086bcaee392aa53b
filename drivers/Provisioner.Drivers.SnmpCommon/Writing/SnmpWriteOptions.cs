using Provisioner.Abstractions;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// How an <see cref="SnmpDriver"/>'s session writes. By default every encoded change goes out in one SET
/// (the agent stores all or none). A device that acts on each object as it is set (enables mailing before
/// the relay is set, say) can ask for ordered SETs instead: one SET per setting, in <see cref="Order"/>,
/// stopping after the first one the agent refuses. Either way every value is checked before any I/O.
/// </summary>
public sealed record SnmpWriteOptions
{
    /// <summary>The default: one SET, no commit step.</summary>
    public static SnmpWriteOptions OneSet { get; } = new();

    /// <summary>
    /// The order of ordered SETs, or null for one SET. Settings not listed follow the listed ones in
    /// catalogue order; an empty list means one SET per setting in catalogue order.
    /// </summary>
    public IReadOnlyList<SettingKey>? Order { get; init; }

    /// <summary>The object set once after a write that applied at least one change, or null.</summary>
    public SnmpCommitStep? Commit { get; init; }

    /// <summary>Whether the session sends one SET per setting (<see cref="Order"/> is given).</summary>
    public bool Ordered => Order is not null;

    /// <summary>The position of <paramref name="key"/> in an ordered write: its index in <see cref="Order"/>, else after every listed setting in catalogue order.</summary>
    /// <param name="key">A setting.</param>
    /// <returns>The rank; lower goes first.</returns>
    public int RankOf(SettingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var order = Order ?? [];
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i].Equals(key))
            {
                return i;
            }
        }

        return order.Count + key.Order;
    }
}
