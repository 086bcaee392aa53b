using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>PV020: every device names a driver this build has (or <c>snmp-mapped</c> with a mapping file).</summary>
public sealed class DriverExists : IDriverRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV020", "driver-exists", DiagnosticSeverity.Error, "Every device names a driver this build has");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, Device device, DriverDescriptor? driver, DriverDescriptorSet drivers)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(drivers);
        if (driver is not null || DriverDescriptorSet.IsMapped(device))
        {
            // A mapped device whose mapping file did not load is reported with the mapping file's own diagnostics.
            yield break;
        }

        var suggestion = drivers.Suggest(device.DriverId) is { } near ? $"Did you mean '{near}'? " : string.Empty;
        yield return Descriptor.Finding(
            $"Unknown driver '{device.DriverId}'",
            $"{suggestion}This build has the drivers {string.Join(", ", drivers.KnownIds)} ('provisioner drivers' lists them). Correct 'driver:', or describe the device with a mapping file ('driver: snmp-mapped' and 'mapping: <file>', see docs/drivers.md).",
            device.Sources.Of("driver"),
            device.Name);
    }
}
