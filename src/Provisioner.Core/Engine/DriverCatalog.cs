using System.Diagnostics.CodeAnalysis;
using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>The drivers a run can use, by <see cref="DriverDescriptor.Id"/>. Built once by the composition root.</summary>
public sealed class DriverCatalog
{
    private readonly Dictionary<string, IDeviceDriver> drivers = new(StringComparer.Ordinal);

    /// <summary>Creates a catalogue of <paramref name="drivers"/>.</summary>
    /// <param name="drivers">The drivers; ids must be unique.</param>
    /// <exception cref="ArgumentException">Two drivers share an id.</exception>
    public DriverCatalog(IEnumerable<IDeviceDriver> drivers)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        foreach (var driver in drivers)
        {
            if (!this.drivers.TryAdd(driver.Descriptor.Id, driver))
            {
                throw new ArgumentException($"Two drivers have the id '{driver.Descriptor.Id}'.", nameof(drivers));
            }
        }
    }

    /// <summary>The drivers, ordered by id.</summary>
    public IEnumerable<IDeviceDriver> Drivers => drivers.Values.OrderBy(d => d.Descriptor.Id, StringComparer.Ordinal);

    /// <summary>Finds the driver with <paramref name="id"/>.</summary>
    /// <param name="id">A driver id such as <c>eaton.sc200</c>.</param>
    /// <param name="driver">The driver, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out IDeviceDriver? driver) => drivers.TryGetValue(id, out driver);

    /// <summary>
    /// The per-driver session limits of a run: each driver's <see cref="DriverDescriptor.MaxParallelSessions"/>,
    /// replaced by <paramref name="overrides"/> where the inventory gives one. Drivers with neither are absent (the run's default applies).
    /// </summary>
    /// <param name="overrides">Limits by driver id from the inventory; ids of drivers not in the catalogue are ignored here (preflight reports unknown drivers).</param>
    /// <returns>The limits by driver id.</returns>
    public IReadOnlyDictionary<string, int> SessionLimits(IReadOnlyDictionary<string, int>? overrides = null)
    {
        var limits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, driver) in drivers)
        {
            if (overrides is not null && overrides.TryGetValue(id, out var given))
            {
                limits[id] = given;
            }
            else if (driver.Descriptor.MaxParallelSessions is { } own)
            {
                limits[id] = own;
            }
        }

        return limits;
    }
}
