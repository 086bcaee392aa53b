using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Snmp.Client;

namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>
/// The mapping files of the devices a run selected (<c>driver: snmp-mapped</c> with <c>mapping:</c>):
/// each file is read and validated once, before any device is contacted; two files with the same id
/// are refused; each device's driver is then named <c>mapped.&lt;id&gt;</c>, and <see cref="CreateDrivers"/>
/// builds one <see cref="MappedSnmpDriver"/> per file.
/// </summary>
public sealed class MappedDriverSet
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

    /// <summary>Reads the mapping file of every snmp-mapped device of <paramref name="devices"/>.</summary>
    /// <param name="devices">Each selected device's inventory driver id and mapping file (null when it has none).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The set, and every problem found (file:line:column).</returns>
    public static async Task<(MappedDriverSet Set, DiagnosticList Diagnostics)> LoadAsync(IEnumerable<(string DriverId, string? MappingFile)> devices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var set = new MappedDriverSet();
        var diagnostics = new DiagnosticList();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in devices.Where(d => d.DriverId == MappingNames.InventoryDriver && d.MappingFile is not null).Select(d => d.MappingFile!).Distinct(StringComparer.Ordinal))
        {
            var loaded = await MappingLoader.LoadFileAsync(file, cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(loaded.Diagnostics);
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

    /// <summary>The driver id the engine knows a device's driver by.</summary>
    /// <param name="driverId">The inventory's driver id.</param>
    /// <param name="mappingFile">The device's mapping file, or null.</param>
    /// <returns><c>mapped.&lt;id&gt;</c> for a mapped device, <paramref name="driverId"/> otherwise.</returns>
    public string DriverIdOf(string driverId, string? mappingFile) =>
        mappingFile is { } file && byFile.TryGetValue(file, out var mapping) ? mapping.DriverId : driverId;

    /// <summary>One driver per mapping.</summary>
    /// <param name="client">The SNMP client the sessions share; null for one per session.</param>
    /// <returns>The drivers.</returns>
    public IReadOnlyList<IDeviceDriver> CreateDrivers(SnmpClient? client) => [.. byFile.Values.Select(m => new MappedSnmpDriver(m, client))];
}
