using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Drivers.SnmpMapped.Wire;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpMapped;

/// <summary>
/// A session with one mapped device: identify and read here, writes in <c>MappedSnmpSession.Write.cs</c>.
/// Reads go through the SNMP kit's <see cref="SnmpBatchReader"/> (as few GETs as the agent allows, split on
/// tooBig); identify reads sysObjectID and sysDescr in the same GET as every mapped object when the agent
/// answers missing objects inline, and the first read is served from it.
/// </summary>
internal sealed partial class MappedSnmpSession : IDriverSession
{
    private readonly MappingDefinition mapping;
    private readonly DriverDescriptor descriptor;
    private readonly SnmpChannel channel;
    private readonly SnmpBatchReader reader;
    private SnmpFetch? readAhead;

    public MappedSnmpSession(MappingDefinition mapping, DriverDescriptor descriptor, SnmpChannel channel, SessionMode mode)
    {
        this.mapping = mapping;
        this.descriptor = descriptor;
        this.channel = channel;
        reader = new SnmpBatchReader(channel);
        Mode = mode;
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var withState = channel.AnswersMissingObjectsInline;
        var fetch = await reader.ReadAsync([SystemOids.SysObjectId, SystemOids.SysDescr, .. withState ? ObjectsToRead(descriptor.Settings.Select(s => s.Key)) : []], "identify", cancellationToken);
        readAhead = withState ? fetch : null;
        var identity = SnmpIdentityRule.Identity(SnmpIdentity.FromBindings(fetch.Bindings));
        return mapping.Identity is null || mapping.Identity.Matches(identity) ? identity with { Vendor = mapping.Vendor } : identity;
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<SettingKey, Observed>();
        var oids = ObjectsToRead(request.Keys);
        var fetch = Interlocked.Exchange(ref readAhead, null) is { } ahead && ahead.Covers(oids) ? ahead : await reader.ReadAsync(oids, "read", cancellationToken);
        var read = fetch.Bindings.ToDictionary(b => b.Oid, b => b.Value);
        foreach (var key in request.Keys)
        {
            values[key] = mapping.Scalars.TryGetValue(key, out var scalar)
                ? (scalar.WriteOnly ? new Observed.WriteOnly() : SettingCodec.FromWire(key, scalar, read[scalar.Oid]))
                : key.Equals(SettingKey.SmtpRecipients) && mapping.Recipients is { } recipients
                    ? RecipientCodec.FromWire(recipients, read)
                    : key.Equals(SettingKey.AlertsMinimumSeverity) && mapping.SeverityFromRecipients
                        ? RecipientCodec.LeastSevereLevel(RecipientCodec.FromWire(mapping.Recipients!, read))
                        : mapping.ManualSteps.TryGetValue(key, out var step)
                            ? new Observed.NotSupported($"the device's SNMP interface cannot set it; by hand: {step.What} in {step.Where}")
                            : new Observed.NotSupported($"the mapping {Path.GetFileName(mapping.SourceFile)} does not map {key.Name}");
        }

        return new ReadResponse { Values = values };
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await channel.DisposeAsync();

    /// <summary>The objects a read of <paramref name="keys"/> GETs.</summary>
    private List<Oid> ObjectsToRead(IEnumerable<SettingKey> keys)
    {
        var oids = new List<Oid>();
        foreach (var key in keys)
        {
            if (mapping.Scalars.TryGetValue(key, out var scalar) && !scalar.WriteOnly)
            {
                oids.Add(scalar.Oid);
            }
            else if ((key.Equals(SettingKey.SmtpRecipients) || (key.Equals(SettingKey.AlertsMinimumSeverity) && mapping.SeverityFromRecipients)) && mapping.Recipients is { } recipients)
            {
                oids.AddRange(RecipientCodec.ObjectsToRead(recipients));
            }
        }

        return [.. oids.Distinct()];
    }
}
