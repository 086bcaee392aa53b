using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>
/// Reads <c>settings.recipients</c>: exactly one of <c>oid</c> (one address), <c>slots</c> (a list of
/// scalar OIDs) or <c>column</c> with <c>rows</c> (a table column whose rows always exist), plus an
/// optional per-recipient <c>severity</c> laid out the same way.
/// </summary>
internal static class RecipientsReader
{
    /// <summary>The keys allowed in <c>settings.recipients</c>.</summary>
    public static readonly string[] Keys = ["oid", "slots", "column", "rows", "type", "max_length", "severity"];

    private static readonly string[] SeverityKeys = ["slots", "column", "type", "values", "unused"];

    /// <summary>Reads the section.</summary>
    public static RecipientMapping? Read(YamlFields fields)
    {
        var read = fields.Read;
        var layout = Layout(fields, "recipients");
        var addresses = layout is null ? null : Objects(fields, layout.Value, rowsFrom: null);
        var type = fields.Choice("type", MappingNames.Types);
        if (type is { } t && t != WireType.OctetString)
        {
            read.Error(MappingDiagnosticCodes.Invalid, fields.Scalar("type")!.Start, $"'type: {fields.Text("type")}' does not fit settings.recipients", "Recipient addresses are text: use 'string'.");
        }

        var maxLength = fields.Integer("max_length", 1, 65535);
        RecipientSeverityMapping? severity = null;
        if (fields.Map("severity", false, "{ column: ..., type: integer, values: { warning: 1 } }") is { } map && addresses is not null && layout is not null)
        {
            severity = ReadSeverity(new YamlFields(map, "settings.recipients.severity", SeverityKeys, read), fields, layout.Value, addresses.Count);
        }

        if (addresses is null || layout is null)
        {
            return null;
        }

        return new RecipientMapping
        {
            Addresses = addresses,
            Layout = layout.Value,
            MaxLength = maxLength is { } m ? (int)m : null,
            Severity = severity,
            Source = fields.Where,
        };
    }

    private static RecipientSeverityMapping? ReadSeverity(YamlFields fields, YamlFields owner, RecipientLayout addressLayout, int slotCount)
    {
        var read = fields.Read;
        var layout = Layout(fields, "recipients.severity", allowSingle: false);
        var objects = layout is null ? null : Objects(fields, layout.Value, owner);
        if (objects is not null && objects.Count != slotCount)
        {
            read.Error(MappingDiagnosticCodes.Invalid, fields.Mapping.Start, $"settings.recipients.severity has {objects.Count} object(s) but there are {slotCount} recipient slot(s)", $"Give one severity object per recipient slot ({addressLayout.ToString().ToLowerInvariant()} layout).");
            objects = null;
        }

        var type = fields.Choice("type", MappingNames.Types, true);
        if (type is not null and not (WireType.Integer32 or WireType.Gauge32))
        {
            read.Error(MappingDiagnosticCodes.Invalid, fields.Scalar("type")!.Start, "settings.recipients.severity is an enumeration", "Use 'type: integer' (or 'gauge') with 'values'.");
            type = null;
        }

        var values = fields.Map("values", true, "{ warning: 1, minor: 2, major: 3, critical: 5 }") is { } map ? EnumerationReader.Read(map, fields, MappingNames.SeverityWords) : null;
        var unused = fields.Integer("unused", int.MinValue, uint.MaxValue);
        return objects is null || type is null || values is null ? null : new RecipientSeverityMapping { Objects = objects, Type = type.Value, Values = values, Unused = unused };
    }

    private static RecipientLayout? Layout(YamlFields fields, string name, bool allowSingle = true)
    {
        var written = new List<(string Key, RecipientLayout Layout)>();
        if (allowSingle && fields.Has("oid"))
        {
            written.Add(("oid", RecipientLayout.OneAddress));
        }

        if (fields.Has("slots"))
        {
            written.Add(("slots", RecipientLayout.Slots));
        }

        if (fields.Has("column"))
        {
            written.Add(("column", RecipientLayout.Column));
        }

        var choices = allowSingle ? "'oid' (one address), 'slots' (a list of OIDs) or 'column' with 'rows'" : "'slots' (a list of OIDs) or 'column' (with the recipients' rows)";
        if (written.Count == 1)
        {
            return written[0].Layout;
        }

        fields.Read.Error(
            written.Count == 0 ? MappingDiagnosticCodes.MissingValue : MappingDiagnosticCodes.Invalid,
            written.Count == 0 ? fields.Mapping.Start : fields.KeyNode(written[1].Key)!.Start,
            written.Count == 0 ? $"settings.{name} says where the objects are with none of its keys" : $"settings.{name} gives both '{written[0].Key}' and '{written[1].Key}'",
            $"Give exactly one of {choices}.");
        return null;
    }

    private static List<Oid>? Objects(YamlFields fields, RecipientLayout layout, YamlFields? rowsFrom)
    {
        var read = fields.Read;
        switch (layout)
        {
            case RecipientLayout.OneAddress:
                return fields.Oid("oid") is { } single ? [single] : null;
            case RecipientLayout.Slots:
                var slots = fields.List("slots", true, "[1.3.6.1.4.1.99.1.1.0, 1.3.6.1.4.1.99.1.2.0]")?.Select(s => read.ObjectId(s, "an item of 'slots'")).ToList();
                return slots is null || slots.Any(s => s is null) ? null : [.. slots.OfType<Oid>()];
            default:
                var column = fields.Oid("column", true);
                var rowSource = rowsFrom ?? fields;
                var rows = rowSource.List("rows", true, "[1, 2, 3, 4]")?.Select(r => read.Number(r, "an item of 'rows'", 0, uint.MaxValue)).ToList();
                if (rows is not null && rows.Distinct().Count() != rows.Count)
                {
                    read.Error(MappingDiagnosticCodes.Invalid, rowSource.KeyNode("rows")!.Start, "'rows' lists a row twice", "List each row index once, in the order the device numbers them.");
                    return null;
                }

                return column is null || rows is null || rows.Any(r => r is null) ? null : [.. rows.Select(r => column.Append((uint)r!.Value))];
        }
    }
}
