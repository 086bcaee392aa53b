using System.Globalization;
using System.Text;
using CsCheck;

namespace Provisioner.Inventory.Tests.Support;

/// <summary>CsCheck generators of valid inventories as YAML text: random sites, staff models, defaults, devices and overrides.</summary>
internal static class InventoryGen
{
    private static readonly string[] Kinds = ["ups", "pdu", "sensor", "san", "nas", "bmc", "application", "dc-power"];
    private static readonly string[] Categories = ["backup", "environment", "power", "systems", "storage", "network", "critical"];
    private static readonly string[] Severities = ["warning", "minor", "major", "critical"];

    internal sealed record DeviceSpec(string Kind, string Category, string? Severity, bool? Enabled);

    internal sealed record SiteSpec(bool SeparateStaff, string? Severity, DeviceSpec[] Devices);

    internal sealed record InventorySpec(string OrgSeverity, SiteSpec[] Sites);

    private static readonly Gen<string?> OptionalSeverity = Gen.Null(Gen.OneOf(Severities), 0.5);

    private static readonly Gen<DeviceSpec> Device =
        Gen.Select(Gen.OneOf(Kinds), Gen.OneOf(Categories), OptionalSeverity, Gen.Nullable(Gen.Bool, 0.5))
            .Select((k, c, s, e) => new DeviceSpec(k, c, s, e));

    private static readonly Gen<SiteSpec> Site =
        Gen.Select(Gen.Bool, OptionalSeverity, Device.Array[1, 12]).Select((staff, severity, devices) => new SiteSpec(staff, severity, devices));

    /// <summary>A random, valid inventory specification.</summary>
    public static readonly Gen<InventorySpec> Spec =
        Gen.Select(Gen.OneOf(Severities), Site.Array[1, 4]).Select((severity, sites) => new InventorySpec(severity, sites));

    /// <summary>Writes <paramref name="spec"/> as one YAML file.</summary>
    public static string Yaml(InventorySpec spec)
    {
        var text = new StringBuilder();
        text.AppendLine("organisation: { name: Gen, domain: gen.example, shared_mailbox: administrator@gen.example }");
        text.AppendLine("relay: { address: 10.0.0.25, allowed_ranges: [10.0.0.0/8] }");
        text.AppendLine(CultureInfo.InvariantCulture, $"defaults: {{ minimum_severity: {spec.OrgSeverity} }}");
        text.AppendLine("categories:");
        foreach (var category in Categories)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {category}: [alerts-{category}, alerts-critical]");
        }

        text.AppendLine("groups:");
        var groupNames = Categories.Select(c => $"alerts-{c}").Append("alerts-critical").Distinct().ToList();
        foreach (var name in groupNames)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {{ members: [administrator@gen.example] }}");
        }

        for (var s = 0; s < spec.Sites.Length; s++)
        {
            if (spec.Sites[s].SeparateStaff)
            {
                foreach (var name in groupNames)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  {GroupNaming.SiteQualified(name, $"site{s}")}: {{ members: [administrator@gen.example] }}");
                }
            }
        }

        text.AppendLine("sites:");
        for (var s = 0; s < spec.Sites.Length; s++)
        {
            var site = spec.Sites[s];
            text.AppendLine(CultureInfo.InvariantCulture, $"  site{s}:");
            text.AppendLine(CultureInfo.InvariantCulture, $"    name: Site {s}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    separate_staff: {(site.SeparateStaff ? "true" : "false")}");
            if (site.Severity is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    defaults: {{ minimum_severity: {site.Severity} }}");
            }

            text.AppendLine("    devices:");
            for (var d = 0; d < site.Devices.Length; d++)
            {
                var device = site.Devices[d];
                var overrides = new List<string>();
                if (device.Severity is not null)
                {
                    overrides.Add($"minimum_severity: {device.Severity}");
                }

                if (device.Enabled is { } enabled)
                {
                    overrides.Add($"enabled: {(enabled ? "true" : "false")}");
                }

                var tail = overrides.Count == 0 ? string.Empty : $", overrides: {{ {string.Join(", ", overrides)} }}";
                text.AppendLine(CultureInfo.InvariantCulture, $"      - {{ name: Dev-{s}-{d}, kind: {device.Kind}, category: {device.Category}, driver: test.driver, address: 10.{s}.0.{d + 1}{tail} }}");
            }
        }

        return text.ToString();
    }
}
