using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>
/// PV022: the device can hold its recipients: no more groups than its slots or list allow, and no
/// address longer than its field. The advice keeps to groups (split the category, or one group
/// that contains the others): the recipients already are groups.
/// </summary>
public sealed class RecipientsFitDevice : IDriverRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV022", "recipients-fit-device", DiagnosticSeverity.Error, "The device can hold its recipients");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, Device device, DriverDescriptor? driver, DriverDescriptorSet drivers)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (driver?.Find(SettingKey.SmtpRecipients) is not { } setting)
        {
            // Unknown driver (PV020) or recipients not managed (PV024).
            yield break;
        }

        var recipients = device.Desired.Recipients;
        var where = device.Provenance.Recipients.Source ?? device.Sources.Of("category");
        if ((setting.Constraints.MaxItems ?? driver.Recipients.MaxItems) is { } max && recipients.Count > max)
        {
            yield return Descriptor.Finding(
                $"The device holds {max} recipient(s); it is to send to {recipients.Count}: {string.Join(", ", recipients.Select(r => r.Address))}",
                Advice(device, max),
                where,
                device.Name) with { Path = SettingKey.SmtpRecipients.Name };
        }

        if (setting.Constraints.MaxLength is { } length)
        {
            foreach (var (recipient, index) in recipients.Select((r, i) => (r, i)).Where(p => p.r.Address.Length > length))
            {
                yield return Descriptor.Finding(
                    $"Recipient '{recipient.Address}' has {recipient.Address.Length} characters; the device holds at most {length}",
                    "Give the group a shorter name under 'groups:' (the address is <group>@<domain>), or send this device to a group with a shorter name.",
                    where,
                    device.Name) with { Path = SettingKey.SmtpRecipients.PathAt(index) };
            }
        }
    }

    private static string Advice(Device device, int max)
    {
        if (device.Provenance.Recipients.Level == ProvenanceLevel.Device)
        {
            return $"List at most {max} group(s) in 'overrides.recipients', or define one group whose members include the members of the others and list only that group.";
        }

        var category = InventoryNames.Of(device.Category);
        return $"The recipients are groups already. Split the category: send category '{category}' to at most {max} group(s), or give the devices that hold few recipients their own in 'overrides.recipients'; "
            + "or send them to one group whose members include the members of the others.";
    }
}
