using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory;

namespace Provisioner.Cli.Running;

/// <summary>Loads the mapping files of inventory devices through the snmp-mapped driver, and puts a file that cannot be read where the inventory names it.</summary>
internal static class MappedDevices
{
    /// <summary>Reads the mapping file of every snmp-mapped device of <paramref name="devices"/>.</summary>
    /// <param name="devices">The devices.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The set and every problem: inside a file at its own file:line:column, an unreadable file at the <c>mapping:</c> key of the first device that names it (that is what to correct).</returns>
    public static async Task<(MappedDriverSet Set, DiagnosticList Diagnostics)> LoadAsync(IReadOnlyCollection<Device> devices, CancellationToken cancellationToken)
    {
        var (set, diagnostics) = await MappedDriverSet.LoadAsync(devices.Select(d => (d.DriverId, d.MappingFile)), cancellationToken).ConfigureAwait(false);
        var firstUser = devices.Where(d => d.MappingFile is not null).GroupBy(d => d.MappingFile!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return (set, [.. diagnostics.Select(d => d.Code == MappingDiagnosticCodes.Io && d.Source?.File is { } file && firstUser.TryGetValue(file, out var device)
            ? d with { Source = device.Sources.Of("mapping"), Device = device.Name }
            : d)]);
    }
}
