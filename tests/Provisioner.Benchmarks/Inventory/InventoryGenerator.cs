using System.Globalization;
using System.Text;

namespace Provisioner.Benchmarks.Inventory;

/// <summary>Writes a synthetic, lint-clean inventory with many devices spread over sites, as one directory (org.yaml + one file per site).</summary>
public static class InventoryGenerator
{
    private static readonly (string Kind, string Category, string Driver)[] Models =
    [
        ("ups", "power", "eaton.network-m2"),
        ("pdu", "power", "raritan.px3"),
        ("dc-power", "power", "eaton.sc200"),
        ("sensor", "environment", "akcp.spplus"),
        ("san", "storage", "netapp.ontap"),
        ("nas", "storage", "truenas.rest"),
        ("bmc", "systems", "dell.idrac9"),
        ("application", "backup", "veeam.smtp"),
        ("application", "network", "ssh.generic"),
        ("application", "critical", "ssh.generic"),
    ];

    private static readonly string[] Categories = ["backup", "environment", "power", "systems", "storage", "network", "critical"];

    /// <summary>Writes the inventory files into <paramref name="directory"/>.</summary>
    /// <param name="directory">The target directory (created).</param>
    /// <param name="devices">How many devices.</param>
    /// <param name="sites">How many sites; every other one has separate staff.</param>
    public static void Write(string directory, int devices, int sites)
    {
        Directory.CreateDirectory(Path.Combine(directory, "sites"));
        File.WriteAllText(Path.Combine(directory, "org.yaml"), Organisation(sites));
        for (var s = 0; s < sites; s++)
        {
            File.WriteAllText(Path.Combine(directory, "sites", $"site{s}.yaml"), Site(s, devices / sites + (s < devices % sites ? 1 : 0)));
        }
    }

    private static string Organisation(int sites)
    {
        var text = new StringBuilder();
        text.AppendLine("organisation: { name: Generated, domain: example.com, shared_mailbox: administrator@example.com }");
        text.AppendLine("relay: { address: 10.0.0.25, port: 25, security: none, allowed_ranges: [10.0.0.0/8] }");
        text.AppendLine("defaults: { enabled: true, minimum_severity: warning }");
        text.AppendLine("categories:");
        text.AppendLine("  backup: [alerts-backup]\n  environment: [alerts-environment, alerts-critical]\n  power: [alerts-power, alerts-critical]");
        text.AppendLine("  systems: [alerts-systems]\n  storage: [alerts-storage]\n  network: [alerts-network]\n  critical: [alerts, alerts-critical]");
        text.AppendLine("credentials:\n  snmp: { snmp: { version: 2c, community: env:COMMUNITY } }");
        text.AppendLine("groups:");
        Group(text, "alerts");
        foreach (var category in Categories)
        {
            Group(text, $"alerts-{category}");
        }

        for (var s = 0; s < sites; s += 2)
        {
            Group(text, $"alerts-site{s}");
            foreach (var category in Categories)
            {
                Group(text, $"alerts-site{s}-{category}");
            }
        }

        return text.ToString();
    }

    private static void Group(StringBuilder text, string name)
    {
        var external = name.EndsWith("critical", StringComparison.Ordinal) ? ", external: [5555550100@sms.example.net]" : string.Empty;
        text.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {{ members: [administrator@example.com, it-team@example.com]{external} }}");
    }

    private static string Site(int site, int devices)
    {
        var text = new StringBuilder();
        text.AppendLine("sites:");
        text.AppendLine(CultureInfo.InvariantCulture, $"  site{site}:");
        text.AppendLine(CultureInfo.InvariantCulture, $"    name: Site {site}");
        text.AppendLine(CultureInfo.InvariantCulture, $"    separate_staff: {(site % 2 == 0 ? "true" : "false")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"    ranges: [10.{site}.0.0/16]");
        text.AppendLine("    credentials: snmp");
        text.AppendLine("    devices:");
        for (var d = 0; d < devices; d++)
        {
            var (kind, category, driver) = Models[d % Models.Length];
            text.AppendLine(CultureInfo.InvariantCulture, $"      - {{ name: DEV-{site}-{d:D5}, kind: {kind}, category: {category}, driver: {driver}, address: 10.{site}.{d / 250}.{d % 250 + 1} }}");
        }

        return text.ToString();
    }
}
