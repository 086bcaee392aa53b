using Provisioner.Core;
using Provisioner.Delivery;
using Provisioner.Inventory;

namespace Provisioner.Cli.Delivery;

/// <summary>Turns engine targets into what <c>provisioner test</c> watches for, using the inventory's groups.</summary>
internal static class DeliveryCandidates
{
    /// <summary>
    /// One candidate per target. A recipient is observable when it is a group the shared mailbox is a
    /// member of (the guideline puts it in every group) or the shared mailbox itself.
    /// </summary>
    /// <param name="model">The inventory.</param>
    /// <param name="targets">The selected devices, aimed where the run goes.</param>
    /// <param name="inventoryPath">The inventory path as the user gave it (for the manual step's command).</param>
    /// <param name="awaited">Devices to watch without triggering (<c>--await</c>).</param>
    /// <returns>The candidates, in target order.</returns>
    public static IReadOnlyList<DeliveryCandidate> Build(InventoryModel model, IReadOnlyList<DeviceTarget> targets, string inventoryPath, IReadOnlySet<string> awaited)
    {
        var shared = model.SharedMailbox;
        return [.. targets.Select(t => new DeliveryCandidate
        {
            Target = t,
            Recipients = [.. t.Desired.Recipients.Select(r => Expected(model, r.Address, shared))],
            ManualStep = ManualTestSteps.For(t.DriverId, t.Name, model.Devices.FirstOrDefault(d => d.Name == t.Name)?.Address ?? t.Address, inventoryPath),
            Await = awaited.Contains(t.Name),
        })];
    }

    private static ExpectedRecipient Expected(InventoryModel model, string address, string shared)
    {
        if (model.FindGroupByAddress(address) is { } group)
        {
            return new ExpectedRecipient(address, group.Name, group.Members.Contains(shared, StringComparer.OrdinalIgnoreCase));
        }

        return new ExpectedRecipient(address, null, string.Equals(address, shared, StringComparison.OrdinalIgnoreCase));
    }
}
