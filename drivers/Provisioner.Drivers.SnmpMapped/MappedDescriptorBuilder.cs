using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;

namespace Provisioner.Drivers.SnmpMapped;

/// <summary>Builds the <see cref="DriverDescriptor"/> of a mapped device from its <see cref="MappingDefinition"/>.</summary>
public static class MappedDescriptorBuilder
{
    /// <summary>Builds the descriptor.</summary>
    /// <param name="mapping">The validated mapping.</param>
    /// <returns>The descriptor: settings, constraints and recipient model as the file describes them.</returns>
    public static DriverDescriptor Build(MappingDefinition mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var settings = new List<SettingDescriptor>();
        foreach (var (key, scalar) in mapping.Scalars.OrderBy(p => p.Key, SettingKey.CatalogueOrder))
        {
            settings.Add(new SettingDescriptor
            {
                Key = key,
                Access = scalar.WriteOnly ? SettingAccess.WriteOnly : SettingAccess.ReadWrite,
                Sensitive = key.Type == SettingType.Secret,
                Constraints = new SettingConstraints
                {
                    MaxLength = scalar.MaxLength,
                    Minimum = scalar.Minimum ?? (key.Type == SettingType.Number ? 1 : null),
                    Maximum = scalar.Maximum ?? (key.Type == SettingType.Number ? 65535 : null),
                    AllowedValues = scalar.Values?.Words,
                },
                Description = $"{scalar.Type.ToString().ToLowerInvariant()} object {scalar.Oid}{(scalar.Values is { } v ? $" ({string.Join(", ", v.Entries.Select(e => $"{e.Key}={e.Value}"))})" : string.Empty)}",
            });
        }

        var recipientModel = RecipientModel.None;
        if (mapping.Recipients is { } recipients)
        {
            recipientModel = recipients.Layout == RecipientLayout.OneAddress
                ? RecipientModel.SingleAddress with { PerRecipientSeverity = recipients.Severity is not null }
                : RecipientModel.FixedSlots(recipients.Addresses.Count, recipients.Severity is not null);
            settings.Add(new SettingDescriptor
            {
                Key = SettingKey.SmtpRecipients,
                Constraints = new SettingConstraints { MaxItems = recipients.Addresses.Count, MaxLength = recipients.MaxLength },
                Description = $"{recipients.Addresses.Count} {recipients.Layout.ToString().ToLowerInvariant()} slot(s) from {recipients.Addresses[0]}{(recipients.Severity is null ? string.Empty : ", each with its own severity")}",
            });
            if (recipients.Severity is { } severity && !mapping.Scalars.ContainsKey(SettingKey.AlertsMinimumSeverity))
            {
                settings.Add(new SettingDescriptor
                {
                    Key = SettingKey.AlertsMinimumSeverity,
                    Constraints = new SettingConstraints { AllowedValues = severity.Values.Words },
                    Description = "no object of its own: the least severe per-recipient level; written to every used recipient slot",
                });
            }

            settings.Sort((a, b) => a.Key.Order.CompareTo(b.Key.Order));
        }

        foreach (var (key, step) in mapping.ManualSteps)
        {
            settings.Add(new SettingDescriptor
            {
                Key = key,
                Access = SettingAccess.ReadOnly,
                Sensitive = key.Type == SettingType.Secret,
                ManualStep = step,
                Description = $"not writable over SNMP: {step.What} ({step.Where})",
            });
            if (key.Equals(SettingKey.SmtpRecipients))
            {
                recipientModel = RecipientModel.List();
            }
        }

        settings.Sort((a, b) => a.Key.Order.CompareTo(b.Key.Order));
        return new DriverDescriptor
        {
            Id = mapping.DriverId,
            Vendor = mapping.Vendor,
            Models = mapping.Models,
            Transports = mapping.Transports,
            DefaultPort = mapping.Port,
            Settings = settings,
            Recipients = recipientModel,
            Identity = mapping.Identity,
            Description = string.IsNullOrWhiteSpace(mapping.Description) ? $"Described by the mapping file {Path.GetFileName(mapping.SourceFile)}." : mapping.Description,
        };
    }
}
