using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;

namespace Provisioner.Discovery;

/// <summary>Suggests a driver for a device from its system group, using every driver's identity rule.</summary>
/// <param name="descriptors">The descriptors of the drivers to choose from.</param>
public sealed class DriverMatcher(IReadOnlyList<DriverDescriptor> descriptors)
{
    /// <summary>The driver whose rule matches, preferring the most specific rule (the longest sysObjectID prefix); null when none does.</summary>
    /// <param name="system">What the device reported.</param>
    /// <returns>The descriptor, or null.</returns>
    public DriverDescriptor? Match(SystemGroup system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var identity = SnmpIdentityRule.Identity(system);
        return descriptors
            .Where(d => d.Identity is not null && d.Identity.Matches(identity))
            .OrderByDescending(d => d.Identity!.Specificity)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
