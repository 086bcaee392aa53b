using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Reads one entry of a site's <c>devices</c> list, with its overrides.</summary>
internal static class DeviceReader
{
    private static readonly string[] DeviceKeys = ["name", "kind", "category", "driver", "mapping", "address", "port", "credentials", .. PeerPinReader.Keys, "overrides"];
    /// <summary>The driver id of devices described by a mapping file (see drivers/Provisioner.Drivers.SnmpMapped).</summary>
    public const string MappedDriver = "snmp-mapped";

    private static readonly string[] OverrideKeys = ["from", "recipients", "minimum_severity", "enabled", "relay"];
    private static readonly string[] RelayKeys = ["address", "port", "security"];

    /// <summary>Reads one device.</summary>
    /// <param name="node">The list item.</param>
    /// <param name="siteId">The site it belongs to, for messages.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The device, or null when a required value is missing or wrong.</returns>
    public static DeviceDraft? Read(SyntaxNode node, string siteId, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, $"site '{siteId}' device", "'- { name: UPS-NY-01, kind: ups, category: power, driver: eaton.sc200, address: 10.6.10.11 }'", diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var nameNode = mapping.Entries.FirstOrDefault(e => e.Key.Value == "name").Value as ScalarNode;
        var context = nameNode is { IsNull: false } ? $"device '{nameNode.Value}'" : $"a device of site '{siteId}'";
        var fields = new MappingFields(mapping, context, DeviceKeys, diagnostics);
        var name = fields.Text("name", true, "UPS-NY-01");
        var kind = fields.Choice("kind", InventoryNames.Kinds, true);
        var category = fields.Choice("category", InventoryNames.Categories, true);
        var driver = fields.Text("driver", true, "eaton.sc200");
        var addressNode = fields.Scalar("address", true, "10.6.10.11");
        var address = AddressSyntax.HostOrAddress(addressNode, $"The address of {context}", diagnostics);
        var mappingNode = Mapping(fields, driver, diagnostics);
        var port = fields.Integer("port", 1, 65535);
        var credentials = fields.Text("credentials", false, "snmp-ny");
        var pins = PeerPinReader.Read(fields, diagnostics);
        var overrides = fields.Map("overrides", false, "{ minimum_severity: major }") is { } map ? Overrides(new MappingFields(map, $"{context} overrides", OverrideKeys, diagnostics), diagnostics) : null;
        CheckNameIsLocalPart(nameNode is { IsNull: false } ? nameNode : null, overrides, diagnostics);
        if (name is null || kind is null || category is null || driver is null || address is null)
        {
            return null;
        }

        return new DeviceDraft
        {
            Name = name,
            Kind = kind.Value,
            Category = category.Value,
            DriverId = driver,
            Mapping = mappingNode?.Value,
            MappingFile = mappingNode is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(mappingNode.Start.File)) ?? ".", mappingNode.Value)),
            Address = address,
            Port = port,
            CredentialsName = credentials,
            Pins = pins,
            Overrides = overrides,
            Sources = fields.Sources,
        };
    }

    /// <summary>
    /// The <c>mapping</c> file of a device described by a mapping file: required with
    /// <c>driver: snmp-mapped</c>, refused with any other driver.
    /// </summary>
    private static ScalarNode? Mapping(MappingFields fields, string? driver, DiagnosticList diagnostics)
    {
        var mapped = string.Equals(driver, MappedDriver, StringComparison.Ordinal);
        var node = fields.Scalar("mapping", mapped, "mappings/acme-pdu.yaml");
        if (node is not null && !mapped && driver is not null)
        {
            diagnostics.Add(NodeChecks.Invalid(node.Start, $"'mapping' is only for 'driver: {MappedDriver}'; {fields.Context} uses driver '{driver}'", $"Remove 'mapping', or write 'driver: {MappedDriver}' to describe the device with the mapping file."));
            return null;
        }

        return node;
    }

    /// <summary>
    /// The sender is derived as <c>&lt;name&gt;@&lt;domain&gt;</c>, so a name must be a valid local part
    /// unless <c>overrides.from</c> gives the sender. Control characters were reported when the YAML was read.
    /// </summary>
    private static void CheckNameIsLocalPart(ScalarNode? name, DeviceOverrides? overrides, DiagnosticList diagnostics)
    {
        if (name is null || overrides?.From is not null || name.Value.Any(Printable.IsUnsafe) || MailSyntax.LocalPartProblem(name.Value) is not { } problem)
        {
            return;
        }

        var suggestion = new string([.. name.Value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]).Trim('-', '.');
        var rename = suggestion.Length is > 0 and <= MailSyntax.MaxLocalPart ? $"Rename the device (e.g. 'name: {suggestion}')" : "Rename the device to a shorter name";
        diagnostics.Add(NodeChecks.Invalid(
            name.Start,
            $"Device name '{name.Value}' cannot be the local part of its sender address: {problem}",
            $"The sender is derived as <device name>@<domain>, and a local part holds {MailSyntax.LocalPartRule}. {rename}, or give the sender explicitly with 'overrides: {{ from: <sender>@<domain> }}'."));
    }

    private static DeviceOverrides Overrides(MappingFields fields, DiagnosticList diagnostics)
    {
        var from = fields.Scalar("from", false, "ups-ny-01@contoso.com");
        if (from is not null && MailSyntax.AddressProblem(from.Value) is { } problem)
        {
            diagnostics.Add(NodeChecks.Invalid(from.Start, $"'from' is '{from.Value}', which is not an e-mail address: {problem}", "Write a full sender address, e.g. 'from: ups-ny-01@contoso.com'."));
            from = null;
        }

        var recipients = fields.TextList("recipients", false, "[alerts-newyork-power@contoso.com]");
        RelayOverride? relay = null;
        if (fields.Map("relay", false, "{ address: 10.6.0.26 }") is { } relayMap)
        {
            var relayFields = new MappingFields(relayMap, $"{fields.Context} relay", RelayKeys, diagnostics);
            var relayAddress = relayFields.Scalar("address");
            relay = new RelayOverride(AddressSyntax.HostOrAddress(relayAddress, $"The relay address of {fields.Context}", diagnostics), relayFields.Integer("port", 1, 65535), relayFields.Choice("security", InventoryNames.Securities), relayFields.Sources);
        }

        return new DeviceOverrides
        {
            From = from?.Value,
            Recipients = recipients is null ? null : AddressSyntax.MailAddresses(recipients, $"{fields.Context} recipients", diagnostics),
            MinimumSeverity = fields.Choice("minimum_severity", InventoryNames.Severities),
            Enabled = fields.Boolean("enabled"),
            Relay = relay,
            Sources = fields.Sources,
        };
    }
}
