using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Snmp.Client;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpMapped;

/// <summary>
/// The <c>snmp-mapped</c> driver: a device described by a YAML mapping file instead of code. One
/// instance per mapping file; its id is <c>mapped.&lt;id&gt;</c>. It behaves like a built-in SNMP
/// driver: identity check, reads normalised to canonical values, writes in the file's order, a commit
/// object when the file names one.
/// </summary>
public sealed class MappedSnmpDriver : IDeviceDriver
{
    private readonly SnmpClient? client;

    /// <summary>Creates the driver for <paramref name="mapping"/>.</summary>
    /// <param name="mapping">The validated mapping.</param>
    /// <param name="client">The SNMP client sessions share (one UDP socket for any number of devices); null to give each session its own.</param>
    public MappedSnmpDriver(MappingDefinition mapping, SnmpClient? client = null)
    {
        Mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));
        Descriptor = MappedDescriptorBuilder.Build(mapping);
        this.client = client;
    }

    /// <summary>The mapping this driver follows.</summary>
    public MappingDefinition Mapping { get; }

    /// <inheritdoc/>
    public DriverDescriptor Descriptor { get; }

    /// <summary>Loads the mapping file at <paramref name="path"/> and creates its driver.</summary>
    /// <param name="path">The mapping file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The driver, or null with the file's diagnostics.</returns>
    public static async Task<(MappedSnmpDriver? Driver, DiagnosticList Diagnostics)> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var result = await MappingLoader.LoadFileAsync(path, cancellationToken);
        return (result.Definition is { } definition ? new MappedSnmpDriver(definition) : null, result.Diagnostics);
    }

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await SnmpTargetBuilder.BuildAsync(request with { Port = request.Port ?? Mapping.Port }, cancellationToken);
        var channel = new SnmpChannel(target, request.DeviceName, client);
        return new MappedSnmpSession(Mapping, Descriptor, channel, request.Mode);
    }
}
