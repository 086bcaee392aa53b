using Provisioner.Abstractions;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// Turns one canonical change into the attributes that hold it, checked against this iDRAC's attributes and
/// registry before anything is sent.
/// </summary>
internal static class IdracWriteMapping
{
    /// <summary>The attributes for <paramref name="change"/>, or a status and diagnostic when it cannot be written.</summary>
    /// <param name="change">The change.</param>
    /// <param name="a">The attributes now.</param>
    /// <param name="registry">The registry.</param>
    /// <param name="device">The device name, for diagnostics.</param>
    /// <returns>The plan.</returns>
    public static WritePlan Plan(SettingChange change, AttributeState a, AttributeRegistry registry, string device)
    {
        var key = change.Key;
        List<KeyValuePair<string, object>> attributes;
        switch (change.Value)
        {
            case BooleanValue on when key.Equals(SettingKey.SmtpEnabled):
                attributes = [new(Endpoints.AlertEnable, Flag(on.Value))];
                break;
            case TextValue relay when key.Equals(SettingKey.SmtpRelay):
                attributes = [new(Endpoints.SmtpServer, relay.Value)];
                break;
            case IntegerValue port when key.Equals(SettingKey.SmtpPort):
                attributes = [new(Endpoints.SmtpPort, port.Value)];
                break;
            case SecurityValue security when key.Equals(SettingKey.SmtpSecurity):
                if (!a.Has(Endpoints.ConnectionEncryption))
                {
                    return NotSupported(key, IdracReadMapping.Missing(Endpoints.ConnectionEncryption).Reason, device);
                }

                if (Encryption(security.Value, registry) is not { } wire)
                {
                    var offered = registry.Find(Endpoints.ConnectionEncryption)?.Values ?? [];
                    return NotSupported(key, $"its registry offers {Endpoints.ConnectionEncryption} = {string.Join(", ", offered)}, none of which the driver maps to {security.ToDisplayString()}", device);
                }

                attributes = [new(Endpoints.ConnectionEncryption, wire)];
                break;
            case TextValue user when key.Equals(SettingKey.SmtpAuthUser):
                attributes = user.Value.Length == 0
                    ? [new(Endpoints.SmtpAuthentication, Endpoints.Disabled)]
                    : [new(Endpoints.SmtpAuthentication, Endpoints.Enabled), new(Endpoints.SmtpUserName, user.Value)];
                break;
            case SecretValue secret when key.Equals(SettingKey.SmtpAuthPassword):
                attributes = [new(Endpoints.SmtpPassword, secret.Value)];
                break;
            case TextValue from when key.Equals(SettingKey.SmtpFrom):
                if (!a.Has(Endpoints.SenderEmail))
                {
                    return NotSupported(key, IdracReadMapping.Missing(Endpoints.SenderEmail).Reason, device);
                }

                attributes = [new(Endpoints.SenderEmail, from.Value)];
                break;
            case RecipientsValue list when key.Equals(SettingKey.SmtpRecipients):
                if (list.Value.Count > Endpoints.AlertSlots)
                {
                    return new WritePlan(key, WriteStatus.Rejected, [], Diagnostic.Error("idrac.tooManyRecipients", $"The iDRAC holds {Endpoints.AlertSlots} recipients, not {list.Value.Count}", $"EmailAlert.1..{Endpoints.AlertSlots} are the only slots; nothing was written. Send this device's category to fewer groups.") with { Path = key.Name, Device = device });
                }

                attributes = [.. Enumerable.Range(1, Endpoints.AlertSlots).SelectMany(s => Slot(s, s <= list.Value.Count ? list.Value[s - 1].Address : null))];
                break;
            case SeverityValue when key.Equals(SettingKey.AlertsMinimumSeverity):
                return NotSupported(key, IdracReadMapping.NoThreshold, device);
            default:
                return NotSupported(key, $"the driver does not write {change.Value.GetType().Name} to {key.Name}", device);
        }

        if (attributes.FirstOrDefault(p => !a.Has(p.Key) && registry.Find(p.Key) is null) is { Key: not null } missing)
        {
            return NotSupported(key, IdracReadMapping.Missing(missing.Key).Reason, device);
        }

        var changed = attributes.Where(p => p.Value is Abstractions.Secret || !a.Holds(p.Key, p.Value)).ToList();
        foreach (var (name, value) in changed)
        {
            if (registry.Refusal(name, value is Abstractions.Secret s ? new string('*', s.Length) : value) is { } reason)
            {
                return new WritePlan(key, WriteStatus.Rejected, [], Diagnostic.Error("idrac.registryRefuses", $"The iDRAC's registry refuses {key.Name}", $"{reason}; nothing was sent. Change the inventory value or the device's firmware.") with { Path = key.Name, Device = device });
            }
        }

        return new WritePlan(key, null, changed, null);
    }

    /// <summary>The wire value for <paramref name="security"/> that the registry offers (the first mapping when the registry is unknown).</summary>
    /// <param name="security">The canonical security.</param>
    /// <param name="registry">The registry.</param>
    /// <returns>The wire value, or null when the device offers none.</returns>
    public static string? Encryption(SmtpSecurity security, AttributeRegistry registry)
    {
        var candidates = Assumptions.Encryption.Where(e => e.Security == security).Select(e => e.Wire).ToList();
        var offered = registry.Find(Endpoints.ConnectionEncryption)?.Values;
        return offered is { Count: > 0 } ? candidates.FirstOrDefault(c => offered.Contains(c, StringComparer.Ordinal)) : candidates.FirstOrDefault();
    }

    private static string Flag(bool on) => on ? Endpoints.Enabled : Endpoints.Disabled;

    private static IEnumerable<KeyValuePair<string, object>> Slot(int slot, string? address) =>
    [
        new(Endpoints.SlotAddress(slot), address ?? string.Empty),
        new(Endpoints.SlotEnable(slot), Flag(address is not null)),
    ];

    private static WritePlan NotSupported(SettingKey key, string reason, string device) =>
        new(key, WriteStatus.NotSupported, [], Diagnostic.Warning("idrac.notSupported", $"The iDRAC cannot hold {key.Name}", $"{reason}.") with { Path = key.Name, Device = device });
}
