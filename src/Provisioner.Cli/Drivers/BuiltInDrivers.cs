using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Sc200;

namespace Provisioner.Cli.Drivers;

/// <summary>The descriptors of the drivers compiled into this build, for the support matrix and discovery.</summary>
internal static class BuiltInDrivers
{
    /// <summary>Every built-in driver's descriptor, ordered by id.</summary>
    public static IReadOnlyList<DriverDescriptor> Descriptors { get; } = [.. new[] { Sc200Descriptor.Value }.OrderBy(d => d.Id, StringComparer.Ordinal)];
}
