using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;

namespace Provisioner.Cli.Drivers;

/// <summary>
/// Builds the support matrix from driver descriptors (data, never from running code): which canonical
/// settings each driver manages, its recipient model and capabilities. <c>provisioner drivers</c> prints it
/// and <c>docs/support-matrix.md</c> is generated from it.
/// </summary>
internal static class SupportMatrix
{
    /// <summary>The row of the declarative driver, which manages whatever its mapping file maps.</summary>
    public static SupportMatrixRow MappedDriverRow { get; } = new(
        MappingNames.InventoryDriver,
        "(any)",
        "(described by a mapping file)",
        "snmp-v1, snmp-v2c, snmp-v3",
        SettingKey.All.ToDictionary(k => k.Name, _ => "mapped", StringComparer.Ordinal),
        "single, fixed slots or table column; optional per-recipient severity",
        false,
        "sysObjectID prefix and sysDescr pattern from the mapping file",
        "Any SNMP device whose SMTP objects a YAML mapping file describes (docs/drivers.md).");

    /// <summary>Builds the rows of <paramref name="descriptors"/>, ordered by driver id, then the mapped-driver row.</summary>
    /// <param name="descriptors">The drivers' descriptors.</param>
    /// <param name="includeMappedDriver">Whether to append <see cref="MappedDriverRow"/>.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<SupportMatrixRow> Build(IEnumerable<DriverDescriptor> descriptors, bool includeMappedDriver = true)
    {
        var rows = descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).Select(Row).ToList();
        if (includeMappedDriver)
        {
            rows.Add(MappedDriverRow);
        }

        return rows;
    }

    /// <summary>The row of one descriptor.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>The row.</returns>
    public static SupportMatrixRow Row(DriverDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var settings = SettingKey.All.ToDictionary(k => k.Name, k => Support(descriptor.Find(k)), StringComparer.Ordinal);
        return new SupportMatrixRow(
            descriptor.Id,
            descriptor.Vendor,
            string.Join(", ", descriptor.Models),
            string.Join(", ", descriptor.Transports.Select(TransportName)),
            settings,
            RecipientText(descriptor.Recipients),
            descriptor.Capabilities.HasFlag(DriverCapabilities.TestMessage),
            IdentityText(descriptor.Identity),
            descriptor.Description);
    }

    /// <summary>The short name of a transport, e.g. <c>snmp-v2c</c>.</summary>
    /// <param name="transport">The transport.</param>
    /// <returns>The name.</returns>
    public static string TransportName(DriverTransport transport) => transport switch
    {
        DriverTransport.SnmpV1 => "snmp-v1",
        DriverTransport.SnmpV2c => "snmp-v2c",
        DriverTransport.SnmpV3 => "snmp-v3",
        DriverTransport.Https => "https",
        _ => "ssh",
    };

    private static string Support(SettingDescriptor? setting) => setting switch
    {
        null => "no",
        { Access: SettingAccess.ReadOnly } => "manual",
        { Access: SettingAccess.WriteOnly } => "write-only",
        _ => "yes",
    };

    private static string RecipientText(RecipientModel model)
    {
        var shape = model.Kind switch
        {
            RecipientModelKind.None => "none",
            RecipientModelKind.SingleAddress => "one address",
            RecipientModelKind.FixedSlots => model.MaxItems == 1 ? "1 fixed slot" : $"{model.MaxItems} fixed slots",
            _ => model.MaxItems is { } max ? $"list of up to {max}" : "list",
        };
        return model.PerRecipientSeverity ? shape + ", per-recipient severity" : shape;
    }

    private static string IdentityText(IdentityRule? rule)
    {
        if (rule is null)
        {
            return "any";
        }

        var parts = new List<string>();
        foreach (var (field, pattern) in new[] { ("vendor", rule.VendorPattern), ("model", rule.ModelPattern), ("firmware", rule.FirmwarePattern) })
        {
            if (pattern is not null)
            {
                parts.Add($"{field} /{pattern}/");
            }
        }

        parts.AddRange(rule.Details.Select(d => $"{d.Key} {d.Expectation}"));
        return string.Join(", ", parts);
    }
}
