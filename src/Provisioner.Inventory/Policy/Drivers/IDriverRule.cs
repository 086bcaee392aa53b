using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>One check of the inventory's devices against their drivers' descriptors (what the device can hold), run by lint and before any run.</summary>
public interface IDriverRule
{
    /// <summary>The rule's id, name, severity and title.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Returns every finding about <paramref name="device"/>; none when it fits its driver.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="device">The device.</param>
    /// <param name="driver">Its driver's descriptor; null when the driver is unknown or its mapping file did not load.</param>
    /// <param name="drivers">Every known descriptor, for suggestions.</param>
    /// <returns>The findings, each with a location.</returns>
    IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, Device device, DriverDescriptor? driver, DriverDescriptorSet drivers);
}
