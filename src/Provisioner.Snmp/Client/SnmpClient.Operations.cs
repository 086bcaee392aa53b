using System.Runtime.CompilerServices;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Client;

/// <summary>The public operations: Get, GetNext, GetBulk, Set and Walk.</summary>
public sealed partial class SnmpClient
{
    /// <summary>Reads the given object instances with one GetRequest.</summary>
    /// <param name="target">The agent.</param>
    /// <param name="oids">The instance OIDs, for example sysDescr.0.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The response bindings (v2c/v3 may hold noSuchObject/noSuchInstance values).</returns>
    /// <exception cref="SnmpTimeoutException">No answer after every attempt.</exception>
    /// <exception cref="SnmpErrorStatusException">The agent answered with an error status (v1: noSuchName).</exception>
    /// <exception cref="SnmpAuthenticationException">SNMPv3 security failed.</exception>
    public async Task<IReadOnlyList<VarBind>> GetAsync(SnmpTarget target, IReadOnlyList<Oid> oids, CancellationToken cancellationToken = default) =>
        (await RequestAsync(target, PduType.GetRequest, 0, 0, ToReadBindings(oids), cancellationToken)).VarBinds;

    /// <summary>Reads the successors of the given OIDs with one GetNextRequest.</summary>
    /// <param name="target">The agent.</param>
    /// <param name="oids">The OIDs whose lexicographic successors to read.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The response bindings (v2c/v3 may hold endOfMibView values).</returns>
    /// <exception cref="SnmpTimeoutException">No answer after every attempt.</exception>
    /// <exception cref="SnmpErrorStatusException">The agent answered with an error status.</exception>
    /// <exception cref="SnmpAuthenticationException">SNMPv3 security failed.</exception>
    public async Task<IReadOnlyList<VarBind>> GetNextAsync(SnmpTarget target, IReadOnlyList<Oid> oids, CancellationToken cancellationToken = default) =>
        (await RequestAsync(target, PduType.GetNextRequest, 0, 0, ToReadBindings(oids), cancellationToken)).VarBinds;

    /// <summary>Reads successors in bulk with one GetBulkRequest (v2c/v3 only).</summary>
    /// <param name="target">The agent.</param>
    /// <param name="nonRepeaters">How many leading OIDs get a single successor.</param>
    /// <param name="maxRepetitions">How many successors each remaining OID gets at most.</param>
    /// <param name="oids">The OIDs.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The response bindings, non-repeaters first, then the repetitions row by row.</returns>
    /// <exception cref="ArgumentException">The target is SNMPv1, which has no GetBulk.</exception>
    /// <exception cref="SnmpTimeoutException">No answer after every attempt.</exception>
    /// <exception cref="SnmpErrorStatusException">The agent answered with an error status.</exception>
    /// <exception cref="SnmpAuthenticationException">SNMPv3 security failed.</exception>
    public async Task<IReadOnlyList<VarBind>> GetBulkAsync(
        SnmpTarget target, int nonRepeaters, int maxRepetitions, IReadOnlyList<Oid> oids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Version == SnmpMessageVersion.V1)
        {
            throw new ArgumentException($"SNMP target {target.Endpoint}: GetBulk does not exist in SNMPv1; use GetNext.", nameof(target));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(nonRepeaters);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRepetitions);
        return (await RequestAsync(target, PduType.GetBulkRequest, nonRepeaters, maxRepetitions, ToReadBindings(oids), cancellationToken)).VarBinds;
    }

    /// <summary>Writes all bindings in one SetRequest; the agent applies all or none (RFC 3416 §4.2.5).</summary>
    /// <param name="target">The agent.</param>
    /// <param name="varBinds">The instances and their new values.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The response bindings.</returns>
    /// <exception cref="SnmpTimeoutException">No answer after every attempt.</exception>
    /// <exception cref="SnmpErrorStatusException">The agent refused the set; <see cref="SnmpErrorStatusException.ErrorIndex"/> points at the binding.</exception>
    /// <exception cref="SnmpAuthenticationException">SNMPv3 security failed.</exception>
    public async Task<IReadOnlyList<VarBind>> SetAsync(SnmpTarget target, IReadOnlyList<VarBind> varBinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(varBinds);
        return (await RequestAsync(target, PduType.SetRequest, 0, 0, varBinds, cancellationToken)).VarBinds;
    }

    /// <summary>
    /// Walks the subtree under <paramref name="root"/>: GetBulk for v2c/v3, GetNext for v1. As net-snmp's
    /// snmpwalk does, a root with nothing beneath it that is itself an instance yields that instance.
    /// </summary>
    /// <param name="target">The agent.</param>
    /// <param name="root">The subtree root, for example 1.3.6.1.2.1.1 (system).</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The bindings under the root, in order.</returns>
    /// <exception cref="SnmpTimeoutException">No answer after every attempt.</exception>
    /// <exception cref="SnmpException">The agent returned OIDs out of order (it would loop forever).</exception>
    public async IAsyncEnumerable<VarBind> WalkAsync(SnmpTarget target, Oid root, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(root);
        var current = root;
        var any = false;
        while (true)
        {
            IReadOnlyList<VarBind> page = [];
            if (target.Version == SnmpMessageVersion.V1)
            {
                try
                {
                    page = await GetNextAsync(target, [current], cancellationToken);
                }
                catch (SnmpErrorStatusException ex) when (ex.ErrorStatus == SnmpErrorStatus.NoSuchName)
                {
                    // The end of the MIB view, as SNMPv1 says it.
                }
            }
            else
            {
                page = await GetBulkAsync(target, 0, _options.WalkMaxRepetitions, [current], cancellationToken);
            }

            var ended = page.Count == 0;
            foreach (var varBind in page)
            {
                if (varBind.Value is EndOfMibView || !varBind.Oid.StartsWith(root))
                {
                    ended = true;
                    break;
                }

                if (varBind.Oid <= current)
                {
                    throw new SnmpException(
                        $"SNMP agent {target.Endpoint} returned {varBind.Oid} after {current} during a walk of {root}; the agent's OID order is broken.",
                        target.Endpoint,
                        varBind.Oid);
                }

                current = varBind.Oid;
                any = true;
                yield return varBind;
            }

            if (ended)
            {
                if (!any && await GetLeafAsync(target, root, cancellationToken) is { } leaf)
                {
                    yield return leaf;
                }

                yield break;
            }
        }
    }

    /// <summary>Like net-snmp's snmpwalk: a walk of a leaf that has no successors under it returns the leaf itself.</summary>
    private async Task<VarBind?> GetLeafAsync(SnmpTarget target, Oid oid, CancellationToken cancellationToken)
    {
        try
        {
            var result = await GetAsync(target, [oid], cancellationToken);
            return result.Count == 1 && !result[0].Value.IsException ? result[0] : null;
        }
        catch (SnmpErrorStatusException)
        {
            return null;
        }
    }

    private static VarBind[] ToReadBindings(IReadOnlyList<Oid> oids)
    {
        ArgumentNullException.ThrowIfNull(oids);
        var result = new VarBind[oids.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = VarBind.ForRead(oids[i]);
        }

        return result;
    }

    private async Task<SnmpPdu> RequestAsync(
        SnmpTarget target, PduType type, int errorStatusField, int errorIndexField, IReadOnlyList<VarBind> varBinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Validate();
        var endpoint = Normalize(target.Endpoint);
        var request = new SnmpPdu(type, 0, (SnmpErrorStatus)errorStatusField, errorIndexField, varBinds);
        SnmpPdu response;
        if (target.Version == SnmpMessageVersion.V3)
        {
            response = await ExchangeV3Async(target, endpoint, request, cancellationToken);
        }
        else
        {
            var id = NextId();
            var message = new SnmpMessage
            {
                Version = target.Version,
                Community = OctetString.FromString(target.Community!),
                Pdu = request with { RequestId = id },
            };
            var datagram = SnmpMessageCodec.Encode(message);
            response = (await SendAndReceiveAsync(target, endpoint, id, datagram, type, null, cancellationToken)).Pdu!;
        }

        if (response.ErrorStatus != SnmpErrorStatus.NoError)
        {
            var index = response.ErrorIndex;
            var failing = index >= 1 && index <= varBinds.Count ? varBinds[index - 1].Oid : null;
            throw new SnmpErrorStatusException(target.Endpoint, type, response.ErrorStatus, index, failing, response.VarBinds);
        }

        return response;
    }
}
