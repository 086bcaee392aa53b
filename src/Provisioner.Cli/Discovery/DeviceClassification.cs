namespace Provisioner.Cli.Discovery;

/// <summary>
/// The inventory kind and category a discovered device gets from its driver (drivers describe settings,
/// not what the box is, so the table lives here). Unknown drivers leave both for a person to fill in.
/// </summary>
internal static class DeviceClassification
{
    private static readonly Dictionary<string, (string Kind, string Category)> ByDriver = new(StringComparer.Ordinal)
    {
        ["eaton.sc200"] = ("dc-power", "power"),
        ["eaton.pulizzi-switched"] = ("pdu", "power"),
        ["eaton.pulizzi-monitored"] = ("pdu", "power"),
        ["akcp.sensorprobe"] = ("sensor", "environment"),
        ["akcp.spplus"] = ("sensor", "environment"),
        ["apc.netbotz"] = ("sensor", "environment"),
        ["tripplite.poweralert"] = ("ups", "power"),
        ["tripplite.poweralert12"] = ("ups", "power"),
        ["servertech.sentry4"] = ("pdu", "power"),
    };

    /// <summary>The kind and category for <paramref name="driverId"/>, or null when the table has no entry.</summary>
    /// <param name="driverId">The suggested driver.</param>
    /// <returns>The pair, or null.</returns>
    public static (string Kind, string Category)? Of(string? driverId)
    {
        return driverId is not null && ByDriver.TryGetValue(driverId, out var known) ? known : null;
    }
}
