using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Snmp.Client;

namespace Provisioner.Drivers.SnmpMapped;

/// <summary>
/// The <c>snmp-mapped</c> driver: a device described by a YAML mapping file instead of code. One
/// instance per mapping file; its id is <c>mapped.&lt;id&gt;</c>. It is an SNMP kit driver whose settings
/// come from the file (<see cref="MappedSettings"/>): identify, batched reads, refusals before any I/O,
/// error-index attribution and the SET are the kit's; the file adds its write order (ordered SETs) and
/// its commit object.
/// </summary>
public sealed class MappedSnmpDriver : SnmpDriver
{
    /// <summary>Creates the driver for <paramref name="mapping"/>.</summary>
    /// <param name="mapping">The validated mapping.</param>
    /// <param name="client">The SNMP client sessions share (one UDP socket for any number of devices); null to give each session its own.</param>
    public MappedSnmpDriver(MappingDefinition mapping, SnmpClient? client = null)
        : this(mapping ?? throw new ArgumentNullException(nameof(mapping)), MappedDescriptorBuilder.Build(mapping), client)
    {
    }

    private MappedSnmpDriver(MappingDefinition mapping, DriverDescriptor descriptor, SnmpClient? client)
        : base(descriptor, MappedSettings.Build(mapping, descriptor), sysDescrPattern: null, client, writes: MappedSettings.Writes(mapping)) =>
        Mapping = mapping;

    /// <summary>The mapping this driver follows.</summary>
    public MappingDefinition Mapping { get; }

    /// <summary>Loads the mapping file at <paramref name="path"/> and creates its driver.</summary>
    /// <param name="path">The mapping file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The driver, or null with the file's diagnostics.</returns>
    public static async Task<(MappedSnmpDriver? Driver, DiagnosticList Diagnostics)> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var result = await MappingLoader.LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return (result.Definition is { } definition ? new MappedSnmpDriver(definition) : null, result.Diagnostics);
    }
}
