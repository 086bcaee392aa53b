using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;

namespace Provisioner.Inventory.Resolution;

/// <summary>
/// Turns a merged inventory into an <see cref="InventoryModel"/>: checks references (groups,
/// credential sets) and uniqueness (device names and addresses) in linear time, fills in group
/// addresses, and derives every device's desired state.
/// </summary>
internal static class InventoryResolver
{
    /// <summary>Resolves <paramref name="merged"/>.</summary>
    /// <param name="merged">The merged inventory.</param>
    /// <param name="files">The files read.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The model, or null when the organisation or relay is missing.</returns>
    public static InventoryModel? Resolve(MergedInventory merged, IReadOnlyList<string> files, DiagnosticList diagnostics)
    {
        CheckCategoryGroups(merged, diagnostics);
        CheckDeviceUniqueness(merged, diagnostics);
        var credentials = merged.Credentials.ToDictionary(c => c.Key, c => c.Value.Set, StringComparer.Ordinal);
        var pins = merged.Credentials.ToDictionary(c => c.Key, c => c.Value.Pins, StringComparer.Ordinal);
        if (merged.Organisation is not { } organisation || merged.Relay is not { } relay)
        {
            foreach (var site in merged.Sites)
            {
                ResolveCredentials(site.Site.CredentialsName, site.Site.Sources.Of("credentials"), $"site '{site.Site.Id}'", credentials, diagnostics);
                foreach (var device in site.Devices)
                {
                    ResolveCredentials(device.CredentialsName, device.Sources.Of("credentials"), $"device '{device.Name}'", credentials, diagnostics);
                }
            }

            return null;
        }

        var defaults = merged.Defaults ?? new NotificationDefaults(null, null, SourceMap.At(organisation.Sources.Self));
        var routes = merged.Categories.ToDictionary(r => r.Category);
        var deriver = new DesiredStateDeriver(organisation, relay, defaults, routes);
        var groups = merged.Groups.Select(g => g with { Address = $"{g.Name}@{organisation.Domain}" }).ToList();
        var sites = new List<Site>(merged.Sites.Count);
        foreach (var draft in merged.Sites)
        {
            var site = draft.Site;
            var siteCredentials = ResolveCredentials(site.CredentialsName, site.Sources.Of("credentials"), $"site '{site.Id}'", credentials, diagnostics);
            var devices = new List<Device>(draft.Devices.Count);
            foreach (var device in draft.Devices)
            {
                var own = ResolveCredentials(device.CredentialsName, device.Sources.Of("credentials"), $"device '{device.Name}'", credentials, diagnostics);
                var (desired, provenance) = deriver.Derive(site, device);
                var setName = own is null ? site.CredentialsName : device.CredentialsName;
                devices.Add(new Device
                {
                    Name = device.Name,
                    SiteId = site.Id,
                    Kind = device.Kind,
                    Category = device.Category,
                    DriverId = device.DriverId,
                    Mapping = device.Mapping,
                    MappingFile = device.MappingFile,
                    Address = device.Address,
                    Port = device.Port,
                    Credentials = own ?? siteCredentials,
                    Pins = PeerPinReader.Resolve(device.Pins, setName is null ? null : pins.GetValueOrDefault(setName)),
                    Overrides = device.Overrides,
                    Desired = desired,
                    Provenance = provenance,
                    Sources = device.Sources,
                });
            }

            sites.Add(site with { Devices = devices });
        }

        return new InventoryModel(organisation, relay, defaults, groups, merged.Categories, credentials, sites, files)
        {
            CredentialSources = merged.Credentials.ToDictionary(c => c.Key, c => c.Value.Sources, StringComparer.Ordinal),
            DriverSessionLimits = merged.DriverSessionLimits ?? new Dictionary<string, int>(),
            Verification = merged.Verification,
        };
    }

    private static CredentialSet? ResolveCredentials(string? name, SourceLocation location, string owner, Dictionary<string, CredentialSet> credentials, DiagnosticList diagnostics)
    {
        if (name is null)
        {
            return null;
        }

        if (credentials.TryGetValue(name, out var set))
        {
            return set;
        }

        diagnostics.Add(Undefined($"{owner} uses credentials '{name}', which are not defined", name, credentials.Keys, "credential set", location));
        return null;
    }

    private static void CheckCategoryGroups(MergedInventory merged, DiagnosticList diagnostics)
    {
        // A category names the base group (alerts-power); sites with separate staff send to its
        // site-qualified form (alerts-newyork-power), so either form being defined is enough here.
        // A device that ends up with an undefined group is reported by rule PV002.
        var names = merged.Groups.Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var siteIds = merged.Sites.Select(s => s.Site.Id).ToList();
        foreach (var route in merged.Categories)
        {
            foreach (var group in route.Groups)
            {
                if (!names.Contains(group) && !siteIds.Any(site => names.Contains(GroupNaming.SiteQualified(group, site))))
                {
                    var category = InventoryNames.Of(route.Category);
                    diagnostics.Add(Undefined($"categories.{category} names group '{group}', which is not defined", group, names, "group", route.Sources.Of(group)));
                }
            }
        }
    }

    private static Diagnostic Undefined(string summary, string name, IEnumerable<string> known, string what, SourceLocation location)
    {
        var suggestion = EditDistance.Suggest(name, known);
        var hint = suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ";
        var list = string.Join(", ", known.Order(StringComparer.Ordinal));
        var defined = list.Length == 0 ? $"No {what} is defined yet." : $"Defined: {list}.";
        return Diagnostic.Error(InventoryDiagnosticCodes.UndefinedReference, summary, $"{hint}{defined} Define the {what} or correct the name.") with { Source = location };
    }

    private static void CheckDeviceUniqueness(MergedInventory merged, DiagnosticList diagnostics)
    {
        var names = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        var addresses = new Dictionary<string, (string Device, SourceLocation Where)>(StringComparer.OrdinalIgnoreCase);
        foreach (var device in merged.Sites.SelectMany(s => s.Devices))
        {
            if (!names.TryAdd(device.Name, device.Sources.Of("name")))
            {
                diagnostics.Add(Diagnostic.Error(
                    InventoryDiagnosticCodes.DuplicateDeviceName,
                    $"Device name '{device.Name}' is used twice (first at {names[device.Name]})",
                    "Device names must be unique across the inventory (they become sender addresses). Rename one of the devices.")
                    with { Source = device.Sources.Of("name"), Device = device.Name });
            }

            // One address written two ways (2001:db8::11, 2001:DB8:0:0::11) is still one device.
            var key = IpLiteral.ComparisonKey(device.Address);
            if (!addresses.TryAdd(key, (device.Name, device.Sources.Of("address"))))
            {
                var first = addresses[key];
                diagnostics.Add(Diagnostic.Error(
                    InventoryDiagnosticCodes.DuplicateDeviceAddress,
                    $"Address '{device.Address}' is used by '{first.Device}' (at {first.Where}) and '{device.Name}'",
                    "Each device has its own management address. Correct the address of one of them, or delete the duplicate entry.")
                    with { Source = device.Sources.Of("address"), Device = device.Name });
            }
        }
    }
}
