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
        Objects = [instance];
        ReadObjects = Descriptor.Access == SettingAccess.WriteOnly ? [] : Objects;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects { get; }

    /// <inheritdoc/>
    public override ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        if (Descriptor.Access == SettingAccess.WriteOnly)
        {
            return ValueTask.FromResult<Observed>(new Observed.WriteOnly());
        }

        var value = fetch[instance];
        if (value.IsException)
        {
            return ValueTask.FromResult<Observed>(new Observed.NotSupported($"the device has no object {instance} ({value.Tag}): firmware without it"));
        }

        try
        {
            return ValueTask.FromResult<Observed>(codec.Decode(value) is { } known ? new Observed.Known(known) : new Observed.Absent());
        }
        catch (SnmpCodecException ex)
        {
            throw new DeviceProtocolException($"{fetch.Channel.DeviceName}: {Key.Name} ({instance}): {ex.Message}.", ex) { Endpoint = fetch.Channel.Endpoint, Operation = "GET " + instance };
        }
    }

    /// <inheritdoc/>
    public override SnmpEncoding Encode(SettingChange change, SnmpWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        var encoding = new SnmpEncoding(Key);
        try
        {
            encoding.Add(Key.Name, instance, codec.Encode(change.Value));
        }
        catch (SnmpCodecException ex)
        {
            encoding.Refuse(Key.Name, ex.Message, ex.Code);
        }

        return encoding;
    }
}
