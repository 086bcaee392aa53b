namespace Provisioner.Core;

/// <summary>Counts devices in flight globally, per site and per driver (each site's and driver's own limit from <see cref="RunnerOptions"/>); decides whether one more may start. Not thread-safe: the runner's dispatch loop owns it.</summary>
internal sealed class ConcurrencyLimits(RunnerOptions options)
{
    private readonly Dictionary<string, int> perSite = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> perDriver = new(StringComparer.Ordinal);

    public int Running { get; private set; }

    public bool CanStart(DeviceTarget target) =>
        Running < options.MaxParallel
        && perSite.GetValueOrDefault(target.Site) < options.SiteLimit(target.Site)
        && perDriver.GetValueOrDefault(target.DriverId) < options.DriverLimit(target.DriverId);

    public void Start(DeviceTarget target)
    {
        Running++;
        perSite[target.Site] = perSite.GetValueOrDefault(target.Site) + 1;
        perDriver[target.DriverId] = perDriver.GetValueOrDefault(target.DriverId) + 1;
    }

    public void Finish(DeviceTarget target)
    {
        Running--;
        perSite[target.Site]--;
        perDriver[target.DriverId]--;
    }
}
