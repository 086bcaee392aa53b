using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Drivers.SnmpMapped.Wire;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>
/// Reads and validates a mapping file (format in the driver's README and <c>docs/drivers.md</c>).
/// Reports every problem with file:line:column: syntax, unknown keys with a did-you-mean, wrong
/// shapes, bad OIDs, missing required values, enumerations with unknown words.
/// </summary>
public static class MappingLoader
{
    private static readonly string[] TopKeys = ["id", "vendor", "models", "description", "identity", "transports", "port", "settings", "write_order", "commit", "manual_steps"];
    private static readonly string[] IdentityKeys = ["sys_object_id", "sys_descr"];
    private static readonly string[] CommitKeys = ["oid", "type", "value"];
    private static readonly string[] StepKeys = ["what", "where"];

    private static readonly YamlReadCodes Codes = new(
        MappingDiagnosticCodes.Syntax,
        MappingDiagnosticCodes.MissingValue,
        MappingDiagnosticCodes.Syntax,
        MappingDiagnosticCodes.WrongType,
        MappingDiagnosticCodes.Invalid,
        "Start the file with 'id:', 'vendor:', 'models:', 'identity:' and 'settings:' (see docs/drivers.md).");

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The mapping file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The definition or the diagnostics.</returns>
    public static async Task<MappingLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var diagnostics = new DiagnosticList { Diagnostic.Error(MappingDiagnosticCodes.Io, $"Cannot read mapping file '{path}'", $"{ex.Message} Check the 'mapping:' path of the device (relative paths are relative to the inventory file).") with { Source = new SourceLocation(path, 1, 1) } };
            return new MappingLoadResult(null, diagnostics);
        }

        return Parse(path, text);
    }

    /// <summary>Parses mapping text.</summary>
    /// <param name="file">The file name used in source locations.</param>
    /// <param name="text">The YAML text.</param>
    /// <returns>The definition or the diagnostics.</returns>
    public static MappingLoadResult Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var read = new MappingReadContext(file);

        // The inventory's YAML reader: positions on every node, every duplicate key reported. A file
        // with a YAML problem stops there, before its content is checked.
        var root = YamlTreeReader.Read(file, text, read.Diagnostics, Codes);
        if (read.Diagnostics.HasErrors || root is null)
        {
            return new MappingLoadResult(null, read.Diagnostics);
        }

        if (root is not MappingNode mapping)
        {
            read.Error(MappingDiagnosticCodes.WrongType, root.Start, "A mapping file holds one mapping", "Start the file with 'id:', 'vendor:', 'models:', 'identity:' and 'settings:' (see docs/drivers.md).");
            return new MappingLoadResult(null, read.Diagnostics);
        }

        var definition = ReadRoot(new YamlFields(mapping, "the mapping file", TopKeys, read), file);
        return new MappingLoadResult(read.Diagnostics.HasErrors ? null : definition, read.Diagnostics);
    }

    private static MappingDefinition? ReadRoot(YamlFields top, string file)
    {
        var read = top.Read;
        var idNode = top.Scalar("id", true, "my-pdu");
        if (idNode?.Value is { } idText && !Regex.IsMatch(idText, "^[a-z0-9][a-z0-9-]*$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            read.Error(MappingDiagnosticCodes.Invalid, idNode.Start, $"'id' is '{idText}'; it must be lower-case letters, digits and '-'", "Write e.g. 'id: acme-pdu'; the driver id becomes 'mapped.acme-pdu'.");
        }

        var vendor = top.Text("vendor", true, "Acme");
        var models = top.List("models", true, "[PDU-100]");
        var identity = ReadIdentity(top);
        var transports = top.List("transports", false, "[v2c, v3]")?.Select(s => read.Word(s, "an item of 'transports'", MappingNames.Transports)).ToList();
        var port = top.Integer("port", 1, 65535);
        var settings = top.Map("settings", true, "{ smtp.relay: { oid: ..., type: ipaddress } }") is { } map ? SettingsReader.Read(new YamlFields(map, "settings", [.. MappingNames.Settings.Keys], read, [.. MappingNames.LegacySettings.Keys])) : null;
        var order = ReadWriteOrder(top, settings);
        var commit = top.Map("commit", false, "{ oid: 1.3.6.1.4.1.99.1.0, type: integer, value: 1 }") is { } commitMap ? ReadCommit(new YamlFields(commitMap, "commit", CommitKeys, read)) : null;
        var steps = top.Map("manual_steps", false, "{ smtp.recipients: { what: ..., where: ... } }") is { } stepsMap ? ReadManualSteps(new YamlFields(stepsMap, "manual_steps", [.. MappingNames.Settings.Keys], read, [.. MappingNames.LegacySettings.Keys]), settings) : [];
        if (read.Diagnostics.HasErrors || idNode?.Value is not { } id || vendor is null || models is null || identity is null || settings is null)
        {
            return null;
        }

        return new MappingDefinition
        {
            Id = id,
            Vendor = vendor,
            Models = [.. models.Select(m => m.Value)],
            Description = top.Text("description") ?? string.Empty,
            Identity = identity,
            Transports = transports is null ? [DriverTransport.SnmpV2c, DriverTransport.SnmpV3] : [.. transports.OfType<DriverTransport>().Distinct()],
            Port = (int)(port ?? 161),
            Scalars = settings.Scalars,
            Recipients = settings.Recipients,
            WriteOrder = order,
            Commit = commit,
            ManualSteps = steps,
            SourceFile = file,
        };
    }

    private static IdentityRule? ReadIdentity(YamlFields top)
    {
        if (top.Map("identity", true, "{ sys_object_id: 1.3.6.1.4.1.1918.2.13, sys_descr: '^SC200' }") is not { } map)
        {
            return null;
        }

        var fields = new YamlFields(map, "identity", IdentityKeys, top.Read);
        var prefix = fields.Oid("sys_object_id", true);
        var pattern = fields.Scalar("sys_descr", false, "'^SC200 Controller'");
        if (pattern?.Value is { } text)
        {
            try
            {
                _ = new Regex(text, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                top.Read.Error(MappingDiagnosticCodes.Invalid, pattern.Start, "'sys_descr' in identity is not a valid regular expression", $"{ex.Message} Quote the pattern in single quotes and escape special characters.");
                return null;
            }
        }

        return prefix is null ? null : SnmpIdentityRule.Create(prefix.ToString().TrimStart('.'), pattern?.Value);
    }

    private static List<SettingKey> ReadWriteOrder(YamlFields top, SettingsReader.Result? settings)
    {
        var order = new List<SettingKey>();
        foreach (var item in top.List("write_order", false, "[smtp.relay, smtp.port, smtp.from, smtp.recipients, smtp.enabled]") ?? [])
        {
            if (top.Read.SettingName(item, "an item of 'write_order'") is not { } key)
            {
                continue;
            }

            if (order.Contains(key))
            {
                top.Read.Error(MappingDiagnosticCodes.Invalid, item.Start, $"'{item.Value}' is listed twice in 'write_order'", "List each setting once.");
            }
            else if (settings is not null && !settings.Keys.Contains(key))
            {
                top.Read.Error(MappingDiagnosticCodes.Invalid, item.Start, $"'write_order' lists '{item.Value}', which 'settings' does not map", $"Map '{item.Value}' under 'settings' or remove it from 'write_order'.");
            }
            else
            {
                order.Add(key);
            }
        }

        return order;
    }

    private static Dictionary<SettingKey, ManualStep> ReadManualSteps(YamlFields fields, SettingsReader.Result? settings)
    {
        var steps = new Dictionary<SettingKey, ManualStep>();
        foreach (var name in fields.Keys.ToList())
        {
            var key = fields.Read.Known(fields.KeyNode(name)!)!;
            if (key.Type == SettingType.Secret)
            {
                fields.Read.Error(MappingDiagnosticCodes.Invalid, fields.KeyNode(name)!.Start, $"'{key.Name}' cannot be a manual step", "Passwords are write-only secrets: map the password object under 'settings' with 'write_only: true', or leave it out and note it in your site's runbook.");
                continue;
            }

            if (settings is not null && settings.Keys.Contains(key))
            {
                fields.Read.Error(MappingDiagnosticCodes.Invalid, fields.KeyNode(name)!.Start, $"'{name}' is both mapped under 'settings' and listed under 'manual_steps'", "A setting is either written over SNMP or set by hand: keep one of the two.");
                continue;
            }

            if (fields.Map(name, true, "{ what: \"Set 'Mail recipients'\", where: \"Web UI > Settings > Email\" }") is { } map)
            {
                var step = new YamlFields(map, $"manual_steps.{name}", StepKeys, fields.Read);
                if (step.Text("what", true, "\"Set 'Mail recipients' to the inventory's groups\"") is { } what && step.Text("where", true, "\"Web UI > Settings > Email\"") is { } where)
                {
                    steps[key] = new ManualStep(key, what, where);
                }
            }
        }

        return steps;
    }

    private static CommitMapping? ReadCommit(YamlFields fields)
    {
        var oid = fields.Oid("oid", true);
        var type = fields.Choice("type", MappingNames.Types, true);
        var value = fields.Scalar("value", true, "1");
        if (oid is null || type is null || value?.Value is not { } text)
        {
            return null;
        }

        if (!WireValueText.IsValid(type.Value, text))
        {
            fields.Read.Error(MappingDiagnosticCodes.Invalid, value.Start, $"'value' in commit is '{text}', which is not a valid {type.Value.ToString().ToLowerInvariant()}", "Write a value of the commit object's type, e.g. 'value: 1' for an integer.");
            return null;
        }

        return new CommitMapping { Oid = oid, Type = type.Value, Value = text };
    }
}
