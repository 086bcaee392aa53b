namespace Provisioner.Core;

/// <summary>How the <see cref="ProvisioningRunner"/> schedules devices.</summary>
public sealed record RunnerOptions
{
    /// <summary>The most devices in flight at once (<c>--parallel</c>). Default 16; at least 1.</summary>
    public int MaxParallel { get; init; } = 16;

    /// <summary>The most devices of one site in flight at once, for sites not in <see cref="SiteLimits"/>. Default 8; at least 1.</summary>
    public int MaxPerSite { get; init; } = 8;

    /// <summary>The most devices of one driver in flight at once, for drivers not in <see cref="DriverLimits"/>. Default 16; at least 1.</summary>
    public int MaxPerDriver { get; init; } = 16;

    /// <summary>Per-site limits by site id, replacing <see cref="MaxPerSite"/> for those sites (the inventory's site <c>defaults.parallel</c>).</summary>
    public IReadOnlyDictionary<string, int> SiteLimits { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// Per-driver limits by driver id, replacing <see cref="MaxPerDriver"/> for those drivers: a descriptor's
    /// <see cref="Abstractions.DriverDescriptor.MaxParallelSessions"/> or the inventory's override (see <see cref="DriverCatalog.SessionLimits"/>).
    /// </summary>
    public IReadOnlyDictionary<string, int> DriverLimits { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The most devices of <paramref name="site"/> in flight at once.</summary>
    /// <param name="site">A site id.</param>
    /// <returns>Its limit.</returns>
    public int SiteLimit(string site) => SiteLimits.TryGetValue(site, out var limit) ? limit : MaxPerSite;

    /// <summary>The most devices of <paramref name="driverId"/> in flight at once.</summary>
    /// <param name="driverId">A driver id.</param>
    /// <returns>Its limit.</returns>
    public int DriverLimit(string driverId) => DriverLimits.TryGetValue(driverId, out var limit) ? limit : MaxPerDriver;

    /// <summary>The longest one device may take, retries included; past it the device is <c>timeout</c>. Default 2 minutes.</summary>
    public TimeSpan DeviceDeadline { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a device that timed out is tried again. Never retried for any other outcome. Default 2.</summary>
    public int TimeoutRetries { get; init; } = 2;

    /// <summary>The first back-off before a retry; later ones grow exponentially, with jitter. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between retries. Default 15 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Throws when a limit is below 1 or a time is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParallel, 1, nameof(MaxParallel));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPerSite, 1, nameof(MaxPerSite));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPerDriver, 1, nameof(MaxPerDriver));
        foreach (var (name, limits) in new[] { (nameof(SiteLimits), SiteLimits), (nameof(DriverLimits), DriverLimits) })
        {
            foreach (var (key, limit) in limits)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, $"{name}[{key}]");
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(TimeoutRetries, 0, nameof(TimeoutRetries));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(DeviceDeadline, TimeSpan.Zero, nameof(DeviceDeadline));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
    }
}
