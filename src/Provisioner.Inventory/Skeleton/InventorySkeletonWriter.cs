using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Provisioner.Inventory.Skeleton;

/// <summary>
/// Writes devices found on the network (by <c>provisioner discover</c>) as an inventory in the format <c>lint</c> reads. Every value a person must
/// supply is the word <see cref="Marker"/> with a comment saying what to write; <c>lint</c> refuses the
/// file until they are replaced where a wrong value would matter (kinds, categories, addresses).
/// </summary>
public static partial class InventorySkeletonWriter
{
    /// <summary>The placeholder for values a person must fill in.</summary>
    public const string Marker = "FILL-IN";

    /// <summary>Writes the skeleton.</summary>
    /// <param name="devices">The devices that answered, in address order.</param>
    /// <param name="options">Site, ranges and credentials.</param>
    /// <returns>The YAML text.</returns>
    public static string Write(IReadOnlyList<SkeletonDevice> devices, SkeletonOptions options)
    {
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(options);
        var y = new StringBuilder();
        var ranges = string.Join(", ", options.Ranges);
        Line(y, $"# Inventory skeleton written by `provisioner discover` for site '{options.SiteId}' from {ranges}: {devices.Count} device(s) answered.");
        Line(y, $"# Replace every {Marker} (each has a comment saying what to write), then check the file: provisioner lint <file>");
        var categories = devices.Select(d => d.Category).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!options.SiteOnly)
        {
            Header(y, options, ranges, categories);
        }
        else
        {
            Line(y, $"# In the inventory, also add {ranges} to relay.allowed_ranges, and make sure categories: routes {(categories.Count == 0 ? "the categories you fill in" : string.Join(", ", categories))}.");
        }

        Line(y, "sites:");
        Line(y, $"  {options.SiteId}:");
        Line(y, $"    name: {options.SiteId}                 # the site's display name");
        Line(y, $"    ranges: [{ranges}]");
        Line(y, $"    credentials: {options.CredentialsName}");
        Line(y, devices.Count == 0 ? "    devices: []" : "    devices:");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var device in devices)
        {
            Device(y, device, UniqueName(device, options.SiteId, names), options.Port);
        }

        return y.ToString();
    }

    private static void Header(StringBuilder y, SkeletonOptions options, string ranges, List<string> categories)
    {
        Line(y, "organisation:");
        Line(y, $"  name: {Marker}                     # {Marker}: the organisation's name");
        Line(y, $"  domain: {Marker}                   # {Marker}: the mail domain of senders and groups, e.g. contoso.com");
        Line(y, $"  shared_mailbox: {Marker}           # {Marker}: the shared mailbox that is a member of every group, e.g. administrator@contoso.com");
        Line(y, "relay:");
        Line(y, $"  address: {Marker}                  # {Marker}: the SMTP relay's IP address (not a host name)");
        Line(y, "  port: 25");
        Line(y, "  security: none");
        Line(y, $"  allowed_ranges: [{ranges}]");
        Line(y, "defaults:");
        Line(y, "  minimum_severity: warning");
        Line(y, "groups:");
        Line(y, "  alerts:");
        Line(y, $"    members: [{Marker}]              # {Marker}: the shared mailbox and the IT team's addresses");
        foreach (var category in categories.Where(c => c != "critical"))
        {
            Line(y, $"  alerts-{category}:");
            Line(y, $"    members: [{Marker}]              # {Marker}: the shared mailbox and who handles {category} alerts");
        }

        Line(y, "  alerts-critical:");
        Line(y, $"    members: [{Marker}]              # {Marker}: the shared mailbox and the on-call addresses");
        Line(y, $"    external: [{Marker}]             # {Marker}: SMS or pager gateway addresses");
        Line(y, "categories:");
        Line(y, "  critical: [alerts, alerts-critical]");
        foreach (var category in categories.Where(c => c != "critical"))
        {
            Line(y, $"  {category}: [alerts-{category}, alerts-critical]");
        }

        if (options.CredentialsYaml is { } credentials)
        {
            Line(y, "credentials:");
            Line(y, $"  {options.CredentialsName}:");
            Line(y, $"    {credentials}");
        }
    }

    private static void Device(StringBuilder y, SkeletonDevice device, string name, int port)
    {
        var about = string.Join("; ", new[] { device.Evidence, device.Note }.Where(t => t.Length > 0));
        Line(y, $"      # {device.Address}{(about.Length > 0 ? $": {Comment(about)}" : string.Empty)}");
        Line(y, $"      - name: {name}");
        Line(y, device.Kind is { } kind
            ? $"        kind: {kind}"
            : $"        kind: {Marker}               # {Marker}: {string.Join(" | ", InventoryNames.Kinds.Keys)}");
        Line(y, device.Category is { } category
            ? $"        category: {category}"
            : $"        category: {Marker}           # {Marker}: {string.Join(" | ", InventoryNames.Categories.Keys)} (and route it under categories:)");

        Line(y, device.DriverId is { } driver
            ? $"        driver: {driver}"
            : $"        driver: {Marker}             # {Marker}: a driver from `provisioner drivers`, or snmp-mapped with a mapping: file");
        Line(y, $"        address: {device.Address}");
        if (port != 161)
        {
            Line(y, $"        port: {port.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static string UniqueName(SkeletonDevice device, string site, HashSet<string> taken)
    {
        var raw = device.SuggestedName is { Length: > 0 } suggested ? NameCharacters().Replace(suggested.Trim(), "-").Trim('-') : string.Empty;
        var name = raw.Length > 0 ? raw : $"{site}-{device.Address.Replace('.', '-').Replace(':', '-')}";
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = $"{name}-{i.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }

    private static string Comment(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder y, string text) => y.Append(text).Append('\n');

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex NameCharacters();
}
