using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;

namespace Provisioner.Inventory.Resolution;

/// <summary>
/// Works out the settings one device should hold, by the guideline: every value resolves device
/// overrides → site defaults → organisation defaults/relay → built-in, and the sender and recipients
/// are derived unless overridden. Pure: the same inputs always give the same result.
/// </summary>
/// <param name="organisation">The organisation.</param>
/// <param name="relay">The relay.</param>
/// <param name="defaults">The organisation defaults.</param>
/// <param name="routes">The category routes.</param>
internal sealed class DesiredStateDeriver(Organisation organisation, Relay relay, NotificationDefaults defaults, IReadOnlyDictionary<DeviceCategory, CategoryRoute> routes)
{
    private readonly Dictionary<(DeviceCategory Category, string Site), (IReadOnlyList<Recipient> Recipients, Provenance From)> derivedRecipients = [];

    /// <summary>Derives the desired settings of <paramref name="device"/> and where each value came from.</summary>
    /// <param name="site">The device's site.</param>
    /// <param name="device">The device as written.</param>
    /// <returns>The settings and their provenance.</returns>
    public (NotificationSettings Settings, DeviceProvenance Provenance) Derive(Site site, DeviceDraft device)
    {
        var overrides = device.Overrides;
        var relayOverride = overrides?.Relay;
        var (enabled, enabledFrom) = Inherit(overrides?.Enabled, overrides?.Sources, site.Defaults?.Enabled, site, defaults.Enabled, "enabled", true);
        var (severity, severityFrom) = Inherit(overrides?.MinimumSeverity, overrides?.Sources, site.Defaults?.MinimumSeverity, site, defaults.MinimumSeverity, "minimum_severity", AlertSeverity.Warning);
        var (from, fromFrom) = Sender(device);
        var (recipients, recipientsFrom) = Recipients(site, device);
        var settings = new NotificationSettings
        {
            Enabled = enabled,
            RelayAddress = relayOverride?.Address ?? relay.Address,
            RelayPort = relayOverride?.Port ?? relay.Port,
            Security = relayOverride?.Security ?? relay.Security,
            AuthUser = relay.Auth?.User,
            AuthPassword = relay.Auth?.Password,
            FromAddress = from,
            Recipients = recipients,
            MinimumSeverity = severity,
        };
        var provenance = new DeviceProvenance
        {
            Enabled = enabledFrom,
            MinimumSeverity = severityFrom,
            RelayAddress = RelayValue(relayOverride?.Address is not null, relayOverride, "address", true),
            RelayPort = RelayValue(relayOverride?.Port is not null, relayOverride, "port", relay.Sources.Has("port")),
            Security = RelayValue(relayOverride?.Security is not null, relayOverride, "security", relay.Sources.Has("security")),
            Auth = relay.Auth is null
                ? new Provenance(ProvenanceLevel.BuiltIn, null, "no SMTP authentication: relay.auth is not set")
                : new Provenance(ProvenanceLevel.Organisation, relay.Sources.Of("auth"), "relay.auth"),
            FromAddress = fromFrom,
            Recipients = recipientsFrom,
        };
        return (settings, provenance);
    }

    private (T Value, Provenance From) Inherit<T>(T? deviceValue, SourceMap? deviceSources, T? siteValue, Site site, T? orgValue, string key, T builtIn)
        where T : struct
    {
        if (deviceValue is { } d)
        {
            return (d, new Provenance(ProvenanceLevel.Device, deviceSources!.Of(key), $"device overrides.{key}"));
        }

        if (siteValue is { } s)
        {
            return (s, new Provenance(ProvenanceLevel.Site, site.Defaults!.Sources.Of(key), $"site '{site.Id}' defaults.{key}"));
        }

        if (orgValue is { } o)
        {
            return (o, new Provenance(ProvenanceLevel.Organisation, defaults.Sources.Of(key), $"organisation defaults.{key}"));
        }

        return (builtIn, new Provenance(ProvenanceLevel.BuiltIn, null, $"built-in default {key}: {Word(builtIn)}"));
    }

    private static string Word<T>(T value) => value switch
    {
        AlertSeverity severity => InventoryNames.Of(severity),
        bool flag => flag ? "true" : "false",
        _ => value?.ToString() ?? string.Empty,
    };

    private Provenance RelayValue(bool overridden, RelayOverride? relayOverride, string key, bool written)
    {
        if (overridden)
        {
            return new Provenance(ProvenanceLevel.Device, relayOverride!.Sources.Of(key), $"device overrides.relay.{key}");
        }

        return written
            ? new Provenance(ProvenanceLevel.Organisation, relay.Sources.Of(key), $"relay.{key}")
            : new Provenance(ProvenanceLevel.BuiltIn, null, key == "port" ? "built-in default relay.port: 25" : "built-in default relay.security: none");
    }

    private (string Address, Provenance From) Sender(DeviceDraft device)
    {
        if (device.Overrides?.From is { } from)
        {
            return (from, new Provenance(ProvenanceLevel.Device, device.Overrides.Sources.Of("from"), "device overrides.from"));
        }

        var address = $"{device.Name.ToLowerInvariant()}@{organisation.Domain}";
        return (address, new Provenance(ProvenanceLevel.Derived, device.Sources.Of("name"), $"derived from device name '{device.Name}' and domain '{organisation.Domain}'"));
    }

    private (IReadOnlyList<Recipient> Recipients, Provenance From) Recipients(Site site, DeviceDraft device)
    {
        if (device.Overrides?.Recipients is { } written)
        {
            return (Distinct(written), new Provenance(ProvenanceLevel.Device, device.Overrides.Sources.Of("recipients"), "device overrides.recipients"));
        }

        // Devices of one category at one site share their recipients: derive once, reuse the immutable result.
        if (!routes.ContainsKey(device.Category))
        {
            return DeriveRecipients(site, device);
        }

        if (derivedRecipients.TryGetValue((device.Category, site.Id), out var cached))
        {
            return cached;
        }

        var derived = DeriveRecipients(site, device);
        derivedRecipients.Add((device.Category, site.Id), derived);
        return derived;
    }

    private (IReadOnlyList<Recipient> Recipients, Provenance From) DeriveRecipients(Site site, DeviceDraft device)
    {
        var category = InventoryNames.Of(device.Category);
        if (!routes.TryGetValue(device.Category, out var route))
        {
            return ([], new Provenance(ProvenanceLevel.Derived, device.Sources.Of("category"), $"category '{category}' has no entry in categories"));
        }

        var names = site.SeparateStaff ? route.Groups.Select(g => GroupNaming.SiteQualified(g, site.Id)) : route.Groups;
        var qualified = site.SeparateStaff ? $", site-qualified because site '{site.Id}' has separate_staff" : string.Empty;
        var description = $"derived from categories.{category} [{string.Join(", ", route.Groups)}]{qualified}";
        return (Distinct(names.Select(n => $"{n}@{organisation.Domain}")), new Provenance(ProvenanceLevel.Derived, route.Sources.Self, description));
    }

    private static Recipient[] Distinct(IEnumerable<string> addresses) =>
        [.. addresses.Distinct(StringComparer.OrdinalIgnoreCase).Select(a => new Recipient(a))];
}
