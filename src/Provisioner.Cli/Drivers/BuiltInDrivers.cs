using Provisioner.Abstractions;
using Provisioner.Snmp.Client;

namespace Provisioner.Cli.Drivers;

/// <summary>The descriptors of the drivers compiled into this build (from the <see cref="DriverCatalog"/>), for the support matrix and discovery.</summary>
internal static class BuiltInDrivers
{
    /// <summary>Every built-in driver's descriptor, ordered by id. The client is never used (descriptors are data), so it binds no socket.</summary>
    public static IReadOnlyList<DriverDescriptor> Descriptors { get; } = Load();

    private static DriverDescriptor[] Load()
    {
        var unused = new SnmpClient();
        return [.. DriverCatalog.Drivers(unused).Select(d => d.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }
}
