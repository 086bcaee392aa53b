using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>
/// A loaded, resolved inventory: the organisation, its relay, groups, categories, credentials and
/// sites, and every device with its desired settings and their provenance. Built by <see cref="InventoryLoader"/>.
/// </summary>
public sealed class InventoryModel
{
    private readonly Dictionary<string, DistributionGroup> groupsByAddress;
    private readonly Dictionary<string, DistributionGroup> groupsByName;

    /// <summary>Creates the model; lookups are built once here.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="relay">The relay.</param>
    /// <param name="defaults">The organisation defaults.</param>
    /// <param name="groups">The groups in written order.</param>
    /// <param name="categories">The category routes in written order.</param>
    /// <param name="credentials">The named credential sets.</param>
    /// <param name="sites">The sites in written order.</param>
    /// <param name="files">The files read, in order.</param>
    public InventoryModel(
        Organisation organisation,
        Relay relay,
        NotificationDefaults defaults,
        IReadOnlyList<DistributionGroup> groups,
        IReadOnlyList<CategoryRoute> categories,
        IReadOnlyDictionary<string, CredentialSet> credentials,
        IReadOnlyList<Site> sites,
        IReadOnlyList<string> files)
    {
        Organisation = organisation ?? throw new ArgumentNullException(nameof(organisation));
        Relay = relay ?? throw new ArgumentNullException(nameof(relay));
        Defaults = defaults ?? throw new ArgumentNullException(nameof(defaults));
        Groups = groups ?? throw new ArgumentNullException(nameof(groups));
        Categories = categories ?? throw new ArgumentNullException(nameof(categories));
        Credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        Sites = sites ?? throw new ArgumentNullException(nameof(sites));
        Files = files ?? throw new ArgumentNullException(nameof(files));
        Devices = [.. sites.SelectMany(s => s.Devices)];
        groupsByName = groups.ToDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase);
        groupsByAddress = groups.ToDictionary(g => g.Address, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Where each credential set and its SNMP values were written, by set name (keys like <c>snmp.community</c>).</summary>
    public IReadOnlyDictionary<string, SourceMap> CredentialSources { get; init; } = new Dictionary<string, SourceMap>();

    /// <summary>The organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>The shared mailbox (from <see cref="Organisation"/>).</summary>
    public string SharedMailbox => Organisation.SharedMailbox;

    /// <summary>The relay.</summary>
    public Relay Relay { get; }

    /// <summary>The organisation defaults.</summary>
    public NotificationDefaults Defaults { get; }

    /// <summary>The distribution groups in written order.</summary>
    public IReadOnlyList<DistributionGroup> Groups { get; }

    /// <summary>Which groups each category notifies, in written order.</summary>
    public IReadOnlyList<CategoryRoute> Categories { get; }

    /// <summary>The named credential sets.</summary>
    public IReadOnlyDictionary<string, CredentialSet> Credentials { get; }

    /// <summary>Per-driver session limits by driver id (<c>drivers: { id: { parallel: N } }</c>), replacing the drivers' own; empty when unset.</summary>
    public IReadOnlyDictionary<string, int> DriverSessionLimits { get; init; } = new Dictionary<string, int>();

    /// <summary>The mailbox <c>provisioner test</c> watches (the <c>verification</c> section), or null when the inventory names none.</summary>
    public Verification? Verification { get; init; }

    /// <summary>The sites in written order.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>Every device of every site, sites in order, devices in written order.</summary>
    public IReadOnlyList<Device> Devices { get; }

    /// <summary>The files the inventory was read from, in the order read.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Finds a group by name (case-insensitive).</summary>
    /// <param name="name">The group name, e.g. <c>alerts-power</c>.</param>
    /// <returns>The group, or null.</returns>
    public DistributionGroup? FindGroup(string name) => groupsByName.GetValueOrDefault(name);

    /// <summary>Finds a group by address (case-insensitive).</summary>
    /// <param name="address">The address, e.g. <c>alerts-power@contoso.com</c>.</param>
    /// <returns>The group, or null.</returns>
    public DistributionGroup? FindGroupByAddress(string address) => groupsByAddress.GetValueOrDefault(address);
}
