using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Drivers.SnmpMapped.Wire;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpMapped;

/// <summary>A session with one mapped device: identify and read here, writes in <c>MappedSnmpSession.Write.cs</c>.</summary>
internal sealed partial class MappedSnmpSession : IDriverSession
{
    private readonly MappingDefinition mapping;
    private readonly DriverDescriptor descriptor;
    private readonly SnmpChannel channel;

    public MappedSnmpSession(MappingDefinition mapping, DriverDescriptor descriptor, SnmpChannel channel, SessionMode mode)
    {
        this.mapping = mapping;
        this.descriptor = descriptor;
        this.channel = channel;
        Mode = mode;
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken) =>
        await SnmpIdentity.IdentifyAsync(channel, mapping.Vendor, mapping.Identity, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<SettingKey, Observed>();
        var oids = new List<Oid>();
        foreach (var key in request.Keys)
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

        var read = new Dictionary<Oid, SnmpValue>();
        foreach (var chunk in oids.Distinct().Chunk(16))
        {
            foreach (var binding in await channel.GetBindingsAsync(chunk, "read", cancellationToken))
            {
                read[binding.Oid] = binding.Value;
            }
        }

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
}
