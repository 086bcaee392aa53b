using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory;
using Provisioner.Inventory.Files;

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
        var firstUser = devices.Where(d => d.DriverId == MappingNames.InventoryDriver && d.MappingFile is not null)
            .GroupBy(d => d.MappingFile!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // A FIFO, a device file or a directory named as a mapping would hang or fail the read: refuse it before opening.
        var refused = firstUser.Keys.Select(file => (File: file, Why: BoundedFileReader.Refusal(file))).Where(r => r.Why is not null).ToDictionary(r => r.File, r => r.Why!, StringComparer.Ordinal);
        var (set, diagnostics) = await MappedDriverSet.LoadAsync(
            devices.Where(d => d.MappingFile is null || !refused.ContainsKey(d.MappingFile)).Select(d => (d.DriverId, d.MappingFile)), cancellationToken).ConfigureAwait(false);
        var all = new DiagnosticList();
        foreach (var (file, why) in refused)
        {
            all.Add(Diagnostic.Error(MappingDiagnosticCodes.Io, $"Cannot read mapping file '{file}'", $"{why}. A mapping file is a regular YAML file; check the 'mapping:' path of the device (relative paths are relative to the inventory file).")
                with { Source = firstUser[file].Sources.Of("mapping"), Device = firstUser[file].Name });
        }

        all.AddRange(diagnostics.Select(d => d.Code == MappingDiagnosticCodes.Io && d.Source?.File is { } file && firstUser.TryGetValue(file, out var device)
            ? d with { Source = device.Sources.Of("mapping"), Device = device.Name }
            : d));
        return (set, all);
    }
}
