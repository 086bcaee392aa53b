using Provisioner.Abstractions;

namespace Provisioner.Drivers.Redfish;

/// <summary>
/// The writes that turn the SMTP subscriptions a service holds into the recipients wanted, in order.
/// <c>Destination</c> cannot be changed after creation, so a recipient is changed by delete + create. The
/// service lists new subscriptions last (<see cref="Endpoints.MembersInCreationOrder"/>), so the subscriptions
/// kept are, once those not wanted at all are left out, the longest run at the front that already matches the
/// wanted list; every other SMTP
/// subscription is deleted and the rest of the list created. Nothing else is touched.
/// </summary>
/// <param name="Deletes">The subscriptions to delete.</param>
/// <param name="Creates">The recipients to create, in order, with their index in the wanted list.</param>
internal sealed record SubscriptionPlan(IReadOnlyList<SmtpSubscription> Deletes, IReadOnlyList<(int Index, Recipient Recipient)> Creates)
{
    /// <summary>Whether nothing needs writing.</summary>
    public bool IsEmpty => Deletes.Count == 0 && Creates.Count == 0;

    /// <summary>Works out the plan.</summary>
    /// <param name="existing">The SMTP subscriptions in collection order.</param>
    /// <param name="wanted">The recipients wanted, in order.</param>
    /// <param name="filters">Whether the service filters by severity (then a level difference is a difference).</param>
    /// <returns>The plan.</returns>
    public static SubscriptionPlan Compute(IReadOnlyList<SmtpSubscription> existing, IReadOnlyList<Recipient> wanted, bool filters)
    {
        var useful = existing.Where(s => wanted.Any(r => Same(s, r, filters))).ToList();
        var kept = 0;
        while (kept < useful.Count && kept < wanted.Count && Same(useful[kept], wanted[kept], filters))
        {
            kept++;
        }

        var keep = useful.Take(kept).ToHashSet();
        return new SubscriptionPlan(
            [.. existing.Where(s => !keep.Contains(s))],
            [.. wanted.Select((r, i) => (i, r)).Skip(kept)]);
    }

    private static bool Same(SmtpSubscription subscription, Recipient recipient, bool filters) =>
        string.Equals(subscription.Address, recipient.Address, StringComparison.OrdinalIgnoreCase)
        && (!filters || SeverityMap.ToLevel(subscription.Severities, true) == (recipient.MinimumSeverity ?? AlertSeverity.Warning));
}
