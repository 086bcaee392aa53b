using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Wire;

/// <summary>Translates the recipient list to and from its slots (address objects plus optional severity objects).</summary>
public static class RecipientCodec
{
    /// <summary>Every object to GET for the recipients: the addresses, then the severities.</summary>
    /// <param name="mapping">The recipient mapping.</param>
    /// <returns>The OIDs.</returns>
    public static IReadOnlyList<Oid> ObjectsToRead(RecipientMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return [.. mapping.Addresses, .. mapping.Severity?.Objects ?? []];
    }

    /// <summary>Builds the canonical list from the values read for <see cref="ObjectsToRead"/> (same order). Empty slots are skipped.</summary>
    /// <param name="mapping">The recipient mapping.</param>
    /// <param name="values">The values read, by OID.</param>
    /// <returns>The observation.</returns>
    public static Observed FromWire(RecipientMapping mapping, IReadOnlyDictionary<Oid, SnmpValue> values)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(values);
        var list = new List<Recipient>();
        for (var slot = 0; slot < mapping.Addresses.Count; slot++)
        {
            var value = values[mapping.Addresses[slot]];
            if (value.IsException)
            {
                return new Observed.NotSupported($"the device has no recipient object {mapping.Addresses[slot]} ({value.Tag})");
            }

            var address = WireValueText.ToText(value) ?? string.Empty;
            if (address.Length == 0)
            {
                continue;
            }

            AlertSeverity? level = null;
            if (mapping.Severity is { } severity && WireValueText.ToNumber(values[severity.Objects[slot]]) is { } wire && severity.Values.TryFromWire(wire, out var word))
            {
                level = Enum.Parse<AlertSeverity>(word!, ignoreCase: true);
            }

            list.Add(new Recipient(address, level));
        }

        return list.Count == 0 ? new Observed.Absent() : new Observed.Known(new RecipientsValue(list));
    }

    /// <summary>
    /// The device-wide minimum severity of a device that only has per-recipient levels: the least severe
    /// level among the used slots; absent when no slot is used or no level is set.
    /// </summary>
    /// <param name="recipients">The recipients observed.</param>
    /// <returns>The observation.</returns>
    public static Observed LeastSevereLevel(Observed recipients) => recipients switch
    {
        Observed.Known { Value: RecipientsValue list } when list.Value.Any(r => r.MinimumSeverity is not null) =>
            new Observed.Known(new SeverityValue(list.Value.Where(r => r.MinimumSeverity is not null).Min(r => r.MinimumSeverity!.Value))),
        Observed.NotSupported ns => ns,
        _ => new Observed.Absent(),
    };

    /// <summary>The bindings that set the level of every used slot to <paramref name="level"/> (device-wide minimum severity).</summary>
    /// <param name="mapping">The recipient mapping; must have per-recipient severity.</param>
    /// <param name="addresses">The address read from every slot (empty for unused).</param>
    /// <param name="level">The new level.</param>
    /// <returns>The bindings, or null when the mapping has no wire value for the level.</returns>
    public static IReadOnlyList<VarBind>? LevelBindings(RecipientMapping mapping, IReadOnlyList<string> addresses, AlertSeverity level)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(addresses);
        var severity = mapping.Severity ?? throw new ArgumentException("The recipients have no per-recipient severity.", nameof(mapping));
        if (!severity.Values.TryToWire(level.ToString().ToLowerInvariant(), out var wire) || WireValueText.FromNumber(severity.Type, wire) is not { } value)
        {
            return null;
        }

        return [.. addresses.Select((a, slot) => (a, slot)).Where(p => p.a.Length > 0).Select(p => new VarBind(severity.Objects[p.slot], value))];
    }

    /// <summary>The bindings that make the device hold <paramref name="recipients"/>: every slot, emptied ones included.</summary>
    /// <param name="mapping">The recipient mapping.</param>
    /// <param name="recipients">The desired list.</param>
    /// <param name="problems">Why the list cannot be written, by slot path; empty on success.</param>
    /// <returns>The bindings, in slot order (address then severity).</returns>
    public static IReadOnlyList<VarBind> ToWire(RecipientMapping mapping, IReadOnlyList<Recipient> recipients, List<(string Path, string Problem)> problems)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(problems);
        if (recipients.Count > mapping.Addresses.Count)
        {
            problems.Add((SettingKey.SmtpRecipients.Name, $"the device has {mapping.Addresses.Count} recipient slot(s); {recipients.Count} were given"));
            return [];
        }

        var bindings = new List<VarBind>();
        for (var slot = 0; slot < mapping.Addresses.Count; slot++)
        {
            var recipient = slot < recipients.Count ? recipients[slot] : null;
            var address = recipient?.Address ?? string.Empty;
            var path = SettingKey.SmtpRecipients.PathAt(slot);
            if (mapping.MaxLength is { } max && address.Length > max)
            {
                problems.Add((path, $"the device holds at most {max} characters per address"));
            }
            else if (WireValueText.FromText(WireType.OctetString, address) is { } wire)
            {
                bindings.Add(new VarBind(mapping.Addresses[slot], wire));
            }
            else
            {
                problems.Add((path, $"'{address}' is not printable ASCII"));
            }

            if (mapping.Severity is { } severity && SeverityWire(severity, recipient, path, problems) is { } level)
            {
                bindings.Add(new VarBind(severity.Objects[slot], level));
            }
        }

        return bindings;
    }

    private static SnmpValue? SeverityWire(RecipientSeverityMapping severity, Recipient? recipient, string path, List<(string Path, string Problem)> problems)
    {
        if (recipient is null)
        {
            return severity.Unused is { } unused ? WireValueText.FromNumber(severity.Type, unused) : null;
        }

        var word = (recipient.MinimumSeverity ?? AlertSeverity.Warning).ToString().ToLowerInvariant();
        if (severity.Values.TryToWire(word, out var wire))
        {
            return WireValueText.FromNumber(severity.Type, wire);
        }

        problems.Add((path, $"the device has no per-recipient level for '{word}' (the mapping lists {string.Join(", ", severity.Values.Words)})"));
        return null;
    }
}
