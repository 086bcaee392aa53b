using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>Reads the <c>settings:</c> section: one entry per canonical setting the device holds.</summary>
internal static class SettingsReader
{
    private static readonly string[] ScalarKeys = ["oid", "type", "values", "max_length", "min", "max", "write_only"];

    /// <summary>The settings read.</summary>
    /// <param name="Scalars">The scalar settings by key.</param>
    /// <param name="Recipients">The recipient objects, or null.</param>
    /// <param name="Keys">Every key written under <c>settings</c>, including a minimum severity carried by per-recipient levels.</param>
    public sealed record Result(IReadOnlyDictionary<SettingKey, ObjectMapping> Scalars, RecipientMapping? Recipients, IReadOnlySet<SettingKey> Keys);

    /// <summary>Reads the section.</summary>
    public static Result? Read(YamlFields settings)
    {
        var scalars = new Dictionary<SettingKey, ObjectMapping>();
        RecipientMapping? recipients = null;
        var written = new HashSet<SettingKey>();
        var named = new HashSet<SettingKey>();
        foreach (var name in settings.Keys.ToList())
        {
            var key = settings.Read.Known(settings.KeyNode(name)!)!;
            if (!named.Add(key))
            {
                settings.Read.Error(MappingDiagnosticCodes.Invalid, settings.KeyNode(name)!.Start, $"'{name}' maps {key.Name} a second time", $"Keep one entry for {key.Name} (its canonical key; the old short name is read too).");
                continue;
            }

            written.Add(key);
            if (settings.Map(name, true, "{ oid: ..., type: ... }") is not { } map)
            {
                continue;
            }

            if (key.Equals(SettingKey.SmtpRecipients))
            {
                recipients = RecipientsReader.Read(new YamlFields(map, $"settings.{name}", RecipientsReader.Keys, settings.Read));
                if (map.Entries.Any(e => e.Key.Value == "severity"))
                {
                    written.Add(SettingKey.AlertsMinimumSeverity);
                }
            }
            else if (ReadScalar(new YamlFields(map, $"settings.{name}", ScalarKeys, settings.Read), key) is { } mapping)
            {
                scalars[key] = mapping;
            }
        }

        if (written.Count == 0)
        {
            settings.Read.Error(MappingDiagnosticCodes.MissingValue, settings.Mapping.Start, "'settings' maps no setting", $"Map at least one of: {string.Join(", ", MappingNames.Settings.Keys)}.");
            return null;
        }

        return new Result(scalars, recipients, written);
    }

    private static ObjectMapping? ReadScalar(YamlFields fields, SettingKey key)
    {
        var read = fields.Read;
        var errors = read.Diagnostics.Errors.Count();
        var oid = fields.Oid("oid", true);
        var typeNode = fields.Scalar("type", true, DefaultTypeWord(key));
        var type = typeNode is null ? null : read.Word(typeNode, $"'type' in {fields.Context}", MappingNames.Types);
        var values = fields.Map("values", false, "{ true: 1, false: 0 }") is { } map ? EnumerationReader.Read(map, fields, MappingNames.CanonicalWords(key)) : null;
        var maxLength = fields.Integer("max_length", 1, 65535);
        var min = fields.Integer("min", long.MinValue, long.MaxValue);
        var max = fields.Integer("max", long.MinValue, long.MaxValue);
        var writeOnly = fields.Boolean("write_only") ?? key.Type == SettingType.Secret;
        if (type is { } t && typeNode is not null)
        {
            CheckTypeFits(fields, key, t, typeNode, values is not null || fields.Has("values"));
        }

        if (oid is null || type is null || read.Diagnostics.Errors.Count() > errors)
        {
            return null;
        }

        return new ObjectMapping
        {
            Oid = oid,
            Type = type.Value,
            Values = values,
            MaxLength = maxLength is { } m ? (int)m : null,
            Minimum = min,
            Maximum = max,
            WriteOnly = writeOnly,
            Source = fields.Where,
        };
    }

    private static void CheckTypeFits(YamlFields fields, SettingKey key, WireType type, ScalarNode typeNode, bool hasValues)
    {
        var name = fields.Context;
        var numeric = type is WireType.Integer32 or WireType.Gauge32 or WireType.TimeTicks;
        var enumerated = MappingNames.CanonicalWords(key) is not null;
        string? problem = key.Type switch
        {
            SettingType.IpAddress when type is not (WireType.IpAddress or WireType.OctetString) => $"{key.Name} is an IP address: use 'ipaddress' (SNMP IpAddress) or 'string' (the address as text)",
            SettingType.Number when !numeric => $"{key.Name} is a number: use 'integer', 'gauge' or 'unsigned'",
            SettingType.Text or SettingType.Email or SettingType.Secret when type != WireType.OctetString => $"{key.Name} is text: use 'string'",
            _ when enumerated && !numeric => $"{key.Name} is an enumeration: use 'integer' (or 'gauge') with 'values'",
            _ => null,
        };
        if (problem is not null)
        {
            fields.Read.Error(MappingDiagnosticCodes.Invalid, typeNode.Start, $"'type: {typeNode.Value}' does not fit {name}", $"{char.ToUpperInvariant(problem[0])}{problem[1..]}.");
        }
        else if (enumerated && !hasValues)
        {
            fields.Read.Error(MappingDiagnosticCodes.MissingValue, fields.Mapping.Start, $"Missing required value 'values' in {name}", $"Say which wire integer stands for each of {string.Join(", ", MappingNames.CanonicalWords(key)!)}, e.g. 'values: {{ {MappingNames.CanonicalWords(key)![0]}: 1 }}'.");
        }
        else if (!enumerated && hasValues)
        {
            fields.Read.Error(MappingDiagnosticCodes.Invalid, fields.KeyNode("values")!.Start, $"{name} takes no 'values'", $"Only {SettingKey.SmtpEnabled.Name}, {SettingKey.SmtpSecurity.Name} and {SettingKey.AlertsMinimumSeverity.Name} (and the recipients' severity) are enumerations.");
        }
    }

    private static string DefaultTypeWord(SettingKey key) => key.Type switch
    {
        SettingType.IpAddress => "ipaddress",
        SettingType.Number or SettingType.Boolean or SettingType.Security or SettingType.Severity => "integer",
        _ => "string",
    };
}
