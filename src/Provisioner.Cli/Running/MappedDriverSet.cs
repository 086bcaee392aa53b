using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory;

namespace Provisioner.Cli.Running;

/// <summary>
/// The mapping files of the devices a run selected (<c>driver: snmp-mapped</c> with <c>mapping:</c>):
/// each file is read and validated once, before any device is contacted; each device's target then
/// names the mapped driver <c>mapped.&lt;id&gt;</c>.
/// </summary>
internal sealed class MappedDriverSet
{
    private readonly Dictionary<string, MappingDefinition> byFile = new(StringComparer.Ordinal);

    private MappedDriverSet()
    {
    }

    /// <summary>The mappings to build drivers from, one per distinct file.</summary>
    public IReadOnlyCollection<MappingDefinition> Mappings => byFile.Values;

    /// <summary>The driver descriptor of each mapping file that loaded without errors, by full path, for the driver checks of lint.</summary>
    public IReadOnlyDictionary<string, DriverDescriptor> DescriptorsByFile =>
        byFile.ToDictionary(p => p.Key, p => MappedDescriptorBuilder.Build(p.Value), StringComparer.Ordinal);

    /// <summary>Reads the mapping file of every mapped device of <paramref name="devices"/>.</summary>
    /// <param name="devices">The selected devices.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The set, and every problem found (file:line:column, or the device's inventory location).</returns>
    public static async Task<(MappedDriverSet Set, DiagnosticList Diagnostics)> LoadAsync(IEnumerable<Device> devices, CancellationToken cancellationToken)
    {
        var set = new MappedDriverSet();
        var diagnostics = new DiagnosticList();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var users in devices.Where(d => d.DriverId == MappingNames.InventoryDriver && d.MappingFile is not null).GroupBy(d => d.MappingFile!, StringComparer.Ordinal))
        {
            var file = users.Key;
            var loaded = await MappingLoader.LoadFileAsync(file, cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(loaded.Diagnostics.Select(d => d.Code == MappingDiagnosticCodes.Io ? AtDevice(d, users.First()) : d));
            if (loaded.Definition is not { } mapping)
            {
                continue;
            }

            if (ids.TryGetValue(mapping.Id, out var other))
            {
                diagnostics.Add(Diagnostic.Error("mapping.duplicateId", $"Two mapping files have the id '{mapping.Id}'", $"{file} and {other} both say 'id: {mapping.Id}'. Give each mapping file its own id.") with { Source = new SourceLocation(file, 1, 1) });
                continue;
            }

            ids[mapping.Id] = file;
            set.byFile[file] = mapping;
        }

        return (set, diagnostics);
    }

    /// <summary>A file that cannot be read is reported where the inventory names it (<c>mapping:</c> of the first device using it): that is what to correct.</summary>
    private static Diagnostic AtDevice(Diagnostic diagnostic, Device device) =>
        diagnostic with { Source = device.Sources.Of("mapping"), Device = device.Name };

    /// <summary>The driver id the engine knows <paramref name="device"/>'s driver by.</summary>
    /// <param name="device">A device of the run.</param>
    /// <returns><c>mapped.&lt;id&gt;</c> for mapped devices, the inventory's driver id otherwise.</returns>
    public string DriverIdOf(Device device) =>
        device.MappingFile is { } file && byFile.TryGetValue(file, out var mapping) ? mapping.DriverId : device.DriverId;
}
