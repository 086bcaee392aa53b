using Provisioner.Inventory;
using Provisioner.Inventory.Loading;

namespace Provisioner.Cli.Options;

/// <summary>
/// Why a device filter selects nothing: each <c>--site</c>, <c>--device</c> and <c>--kind</c> that matches
/// no device of the inventory, with the nearest existing name, or the combination when each matches on
/// its own. A run that would do nothing is refused, never reported as a success.
/// </summary>
internal static class FilterProblems
{
    /// <summary>The problems of <paramref name="filter"/> over <paramref name="inventory"/>; empty when it selects at least one device.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="inventory">The inventory.</param>
    /// <returns>One message per problem, each saying what to do.</returns>
    public static IReadOnlyList<string> Find(DeviceFilter filter, InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(inventory);
        var problems = new List<string>();
        var sites = inventory.Sites.Select(s => s.Id).ToList();
        foreach (var site in filter.UnknownSites(inventory))
        {
            problems.Add($"--site {site}: the inventory has no such site.{Nearest(site, sites)} Sites: {string.Join(", ", sites)}.");
        }

        var names = inventory.Devices.Select(d => d.Name).ToList();
        foreach (var pattern in filter.Devices.Where(p => !names.Any(p.IsMatch)))
        {
            var what = pattern.Pattern.IndexOfAny(['*', '?']) >= 0 ? "matches this pattern" : "has this name";
            problems.Add($"--device {pattern.Pattern}: no device of the inventory {what}.{Nearest(pattern.Pattern, names)} The inventory has {names.Count} device(s); 'provisioner render INVENTORY' lists them.");
        }

        var kinds = inventory.Devices.Select(d => d.Kind).Distinct().Select(InventoryNames.Of).Order(StringComparer.Ordinal).ToList();
        foreach (var kind in filter.Kinds.Where(k => !inventory.Devices.Any(d => d.Kind == k)))
        {
            var name = InventoryNames.Of(kind);
            problems.Add($"--kind {name}: the inventory has no device of this kind.{Nearest(name, kinds)} Kinds it has: {string.Join(", ", kinds)}.");
        }

        if (problems.Count == 0 && !inventory.Devices.Any(filter.Matches))
        {
            problems.Add(filter.Sites.Count == 0 && filter.Devices.Count == 0 && filter.Kinds.Count == 0
                ? "the inventory defines no device; there is nothing to run."
                : $"no device matches {Describe(filter)} together, although each matches devices on its own. Drop one of them, or check the selection with 'provisioner render INVENTORY' and the same filters.");
        }

        return problems;
    }

    /// <summary>" Did you mean 'x'?" naming the candidate nearest to <paramref name="word"/>; empty when there is none.</summary>
    /// <param name="word">What was typed.</param>
    /// <param name="candidates">What exists.</param>
    /// <returns>The sentence, with a leading space, or empty.</returns>
    public static string Nearest(string word, IEnumerable<string> candidates)
    {
        var nearest = candidates.MinBy(c => EditDistance.Between(word, c));
        return nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
    }

    private static string Describe(DeviceFilter filter) => string.Join(
        " ",
        filter.Sites.Select(s => $"--site {s}")
            .Concat(filter.Devices.Select(d => $"--device {d.Pattern}"))
            .Concat(filter.Kinds.Select(k => $"--kind {InventoryNames.Of(k)}")));
}
