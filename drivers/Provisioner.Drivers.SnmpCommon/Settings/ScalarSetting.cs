using Provisioner.Abstractions;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// A setting held by one scalar instance (e.g. <c>sensorProbeMailFrom.0</c>). A missing object reads
/// as not supported on this firmware; a write-only setting is never read.
/// </summary>
public sealed class ScalarSetting : SnmpSetting
{
    private readonly Oid instance;
    private readonly ScalarCodec codec;

    /// <summary>Creates the setting.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <param name="instance">The instance OID, with <c>.0</c>.</param>
    /// <param name="codec">The value conversion.</param>
    public ScalarSetting(SettingDescriptor descriptor, Oid instance, ScalarCodec codec)
        : base(descriptor)
    {
        this.instance = instance ?? throw new ArgumentNullException(nameof(instance));
        this.codec = codec ?? throw new ArgumentNullException(nameof(codec));
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects => [instance];

    /// <inheritdoc/>
    public override async Task<Observed> ReadAsync(SnmpChannel channel, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (Descriptor.Access == SettingAccess.WriteOnly)
        {
            return new Observed.WriteOnly();
        }

        var value = await channel.GetAsync(instance, cancellationToken);
        if (value.IsException)
        {
            return new Observed.NotSupported($"the device has no object {instance} ({value.Tag}): firmware without it");
        }

        try
        {
            return codec.Decode(value) is { } known ? new Observed.Known(known) : new Observed.Absent();
        }
        catch (SnmpCodecException ex)
        {
            throw new DeviceProtocolException($"{channel.DeviceName}: {Key.Name} ({instance}): {ex.Message}.", ex) { Endpoint = channel.Endpoint, Operation = "GET " + instance };
        }
    }

    /// <inheritdoc/>
    public override async Task<WriteStatus> WriteAsync(SnmpChannel channel, SettingChange change, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(change);
        SnmpValue wire;
        try
        {
            wire = codec.Encode(change.Value);
        }
        catch (SnmpCodecException ex)
        {
            return RejectBeforeWrite(diagnostics, Key.Name, ex.Message);
        }

        var outcome = await channel.SetAsync([new VarBind(instance, wire)], cancellationToken);
        return outcome.IsSuccess ? WriteStatus.Applied : RejectedByAgent(diagnostics, Key.Name, outcome);
    }
}
