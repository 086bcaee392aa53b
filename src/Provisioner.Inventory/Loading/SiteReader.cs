using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Reads the <c>sites</c> section.</summary>
internal static class SiteReader
{
    private static readonly string[] SiteKeys = ["name", "separate_staff", "ranges", "credentials", "defaults", "devices"];

    /// <summary>Reads every site of <c>sites</c>.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="sites">Receives the sites.</param>
    /// <param name="diagnostics">Receives errors.</param>
    public static void ReadAll(SyntaxNode node, List<SiteDraft> sites, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, "sites", "'sites: { newyork: { name: New York, devices: [...] } }'", diagnostics);
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            if (Read(key, value, diagnostics) is { } site)
            {
                sites.Add(site);
            }
        }
    }

    private static SiteDraft? Read(ScalarNode key, SyntaxNode value, DiagnosticList diagnostics)
    {
        var id = key.Value;
        var context = $"site '{id}'";
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            diagnostics.Add(NodeChecks.Invalid(key.Start, $"Site id '{id}' may hold only lower-case letters and digits", $"The id goes into group addresses (alerts-<site>-power@). Write e.g. '{new string([.. id.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)])}:' and put the display name in 'name:'."));
        }

        var mapping = NodeChecks.Mapping(value, context, "'{ name: New York, devices: [...] }'", diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new MappingFields(mapping, context, SiteKeys, diagnostics);
        var name = fields.Text("name", true, "New York");
        var separate = fields.Boolean("separate_staff");
        var ranges = AddressSyntax.Ranges(fields.TextList("ranges", false, "[10.6.0.0/16]"), $"{context} ranges", diagnostics);
        var credentials = fields.Text("credentials", false, "snmp-ny");
        var defaults = fields.Node("defaults") is { } defaultsNode ? SectionReaders.Defaults(defaultsNode, $"{context} defaults", diagnostics) : null;
        var devices = new List<DeviceDraft>();
        if (fields.List("devices", false, "[{ name: UPS-NY-01, ... }]") is { } list)
        {
            foreach (var item in list.Items)
            {
                if (DeviceReader.Read(item, id, diagnostics) is { } device)
                {
                    devices.Add(device);
                }
            }
        }

        var site = new Site
        {
            Id = id,
            Name = name ?? id,
            SeparateStaff = separate ?? false,
            Ranges = ranges,
            CredentialsName = credentials,
            Defaults = defaults,
            Sources = fields.SourcesAt(key.Start),
        };
        return new SiteDraft(site, devices);
    }
}
