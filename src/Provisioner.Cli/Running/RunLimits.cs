using Provisioner.Core;
using Provisioner.Inventory;

namespace Provisioner.Cli.Running;

/// <summary>
/// How many devices a run works on at once: globally (<c>--parallel</c>), per site (the inventory's
/// <c>defaults.parallel</c>, a site's own <c>defaults.parallel</c>) and per driver (the driver's
/// <see cref="Abstractions.DriverDescriptor.MaxParallelSessions"/>, replaced by the inventory's <c>drivers: { id: { parallel: N } }</c>).
/// </summary>
/// <param name="Parallel">The global limit.</param>
/// <param name="PerSite">Every site's limit, or null for none beyond the global limit (as before per-site limits existed).</param>
/// <param name="Sites">Limits of single sites by id.</param>
/// <param name="Drivers">The inventory's per-driver limits by driver id.</param>
internal sealed record RunLimits(int Parallel, int? PerSite, IReadOnlyDictionary<string, int> Sites, IReadOnlyDictionary<string, int> Drivers)
{
    /// <summary>Only the global limit: sites and drivers keep their defaults.</summary>
    /// <param name="parallel">The global limit.</param>
    /// <returns>The limits.</returns>
    public static RunLimits Global(int parallel) => new(parallel, null, new Dictionary<string, int>(), new Dictionary<string, int>());

    /// <summary>The limits of a run of <paramref name="model"/>.</summary>
    /// <param name="parallel">The global limit (<c>--parallel</c>).</param>
    /// <param name="model">The inventory.</param>
    /// <returns>The limits.</returns>
    public static RunLimits Of(int parallel, InventoryModel model) => new(
        parallel,
        model.Defaults.Parallel,
        model.Sites.Where(s => s.Defaults?.Parallel is not null).ToDictionary(s => s.Id, s => s.Defaults!.Parallel!.Value, StringComparer.Ordinal),
        model.DriverSessionLimits);

    /// <summary>The runner options for a run with <paramref name="catalog"/>'s drivers.</summary>
    /// <param name="catalog">The drivers of the run.</param>
    /// <returns>The options.</returns>
    public RunnerOptions ToRunnerOptions(DriverCatalog catalog)
    {
        var global = Math.Max(1, Parallel);
        return new RunnerOptions
        {
            MaxParallel = global,
            MaxPerSite = PerSite ?? global,
            MaxPerDriver = global,
            SiteLimits = Sites,
            DriverLimits = catalog.SessionLimits(Drivers),
        };
    }
}
