using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// Reads any number of objects in as few GETs as the agent allows: all in one request first; when the
/// agent answers <c>tooBig</c> (its answer would not fit its message size) the batch is halved and the
/// smaller size is remembered for the rest of the session. An SNMPv1 agent fails a whole GET with
/// <c>noSuchName</c> when one object is missing: the batch is halved until the missing objects are
/// found, and they read as <see cref="NoSuchObject"/>, as v2c/v3 agents answer them inline.
/// </summary>
/// <param name="channel">The device's channel.</param>
public sealed class SnmpBatchReader(SnmpChannel channel)
{
    /// <summary>The channel read from.</summary>
    public SnmpChannel Channel { get; } = channel ?? throw new ArgumentNullException(nameof(channel));

    /// <summary>The most objects one GET carries, learned from <c>tooBig</c> answers; null until the agent has refused a size.</summary>
    public int? MaxObjectsPerGet { get; private set; }

    /// <summary>How many GETs this reader has sent (for tests and benchmarks that count round trips).</summary>
    public int Requests { get; private set; }

    /// <summary>Reads <paramref name="oids"/>, which must not repeat an OID.</summary>
    /// <param name="oids">The instances, each once.</param>
    /// <param name="operation">What the read is for, carried by errors, e.g. <c>read</c>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The values by OID.</returns>
    /// <exception cref="DeviceException">A transport failure, or an agent that cannot answer even one object.</exception>
    public async Task<SnmpFetch> ReadAsync(IReadOnlyList<Oid> oids, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(oids);
        var size = MaxObjectsPerGet ?? oids.Count;
        if (size >= oids.Count)
        {
            // The usual case: everything in one GET, the client's answer used as it is.
            Requests++;
            try
            {
                return new SnmpFetch(Channel, await Channel.GetBindingsAsync(oids, operation, cancellationToken).ConfigureAwait(false));
            }
            catch (DeviceProtocolException ex) when (ex.InnerException is SnmpErrorStatusException { ErrorStatus: SnmpErrorStatus.TooBig or SnmpErrorStatus.NoSuchName } status && oids.Count > 1)
            {
                size = (oids.Count + 1) / 2;
                MaxObjectsPerGet = status.ErrorStatus == SnmpErrorStatus.TooBig ? size : MaxObjectsPerGet;
            }
            catch (DeviceProtocolException ex) when (ex.InnerException is SnmpErrorStatusException { ErrorStatus: SnmpErrorStatus.NoSuchName } && oids.Count == 1)
            {
                return new SnmpFetch(Channel, [new VarBind(oids[0], NoSuchObject.Instance)]);
            }
        }

        return await ReadInPartsAsync(oids, size, operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SnmpFetch> ReadInPartsAsync(IReadOnlyList<Oid> oids, int size, string operation, CancellationToken cancellationToken)
    {
        var answered = new List<VarBind>(oids.Count);
        var pending = new Stack<Oid[]>(oids.Chunk(Math.Max(1, size)).Reverse());
        while (pending.TryPop(out var batch))
        {
            var status = await TryGetAsync(batch, operation, answered, cancellationToken).ConfigureAwait(false);
            if (status == SnmpErrorStatus.NoError)
            {
                continue;
            }

            if (batch.Length == 1)
            {
                if (status == SnmpErrorStatus.NoSuchName)
                {
                    answered.Add(new VarBind(batch[0], NoSuchObject.Instance));
                    continue;
                }

                throw new DeviceProtocolException($"{Channel.DeviceName} ({Channel.Endpoint}): the agent answers tooBig even for the single object {batch[0]}; its message size is too small for this driver.") { Endpoint = Channel.Endpoint, Operation = operation };
            }

            var half = (batch.Length + 1) / 2;
            if (status == SnmpErrorStatus.TooBig)
            {
                MaxObjectsPerGet = Math.Min(MaxObjectsPerGet ?? half, half);
            }

            foreach (var part in batch.Chunk(half).Reverse())
            {
                pending.Push(part);
            }
        }

        return new SnmpFetch(Channel, answered);
    }

    private async Task<SnmpErrorStatus> TryGetAsync(Oid[] batch, string operation, List<VarBind> answered, CancellationToken cancellationToken)
    {
        Requests++;
        try
        {
            answered.AddRange(await Channel.GetBindingsAsync(batch, operation, cancellationToken).ConfigureAwait(false));
            return SnmpErrorStatus.NoError;
        }
        catch (DeviceProtocolException ex) when (ex.InnerException is SnmpErrorStatusException { ErrorStatus: SnmpErrorStatus.TooBig or SnmpErrorStatus.NoSuchName } status)
        {
            return status.ErrorStatus;
        }
    }
}
