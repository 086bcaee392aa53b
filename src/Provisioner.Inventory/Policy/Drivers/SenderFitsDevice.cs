using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>PV023: the device can hold the sender as the inventory wants it (length, local part and domain, or its own name at a domain).</summary>
public sealed class SenderFitsDevice : IDriverRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV023", "sender-fits-device", DiagnosticSeverity.Error, "The device can hold the sender address");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, Device device, DriverDescriptor? driver, DriverDescriptorSet drivers)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (driver is null || driver.Sender.Kind == SenderModelKind.None || driver.Find(SettingKey.SmtpFrom) is not { } setting)
        {
            // Unknown driver (PV020), or no settable sender: a manual step (PV024).
            yield break;
        }

        var from = device.Desired.FromAddress;
        var why = driver.Sender.CannotHold(from, device.Name)
            ?? (setting.Constraints.MaxLength is { } max && from.Length > max ? $"the device holds a sender of at most {max} characters; the address has {from.Length}" : null);
        if (why is not null)
        {
            yield return Descriptor.Finding(
                $"The device cannot hold the sender '{from}': {why}",
                driver.Sender.Kind == SenderModelKind.DeviceNameAtDomain
                    ? "Name the device in the inventory as the device names itself, or remove 'overrides.from' so that the sender is '<device name>@<domain>'."
                    : "Set 'overrides.from' to a shorter address that still names the device (guideline: the device name is part of the sender), or give the device a shorter name.",
                device.Provenance.FromAddress.Source ?? device.Sources.Self,
                device.Name) with { Path = SettingKey.SmtpFrom.Name };
        }
    }
}
