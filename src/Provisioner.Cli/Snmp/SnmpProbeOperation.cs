using System.Diagnostics;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Types;
using Provisioner.Snmp;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// <c>provisioner snmp probe</c>: for v3 first discovers the agent's engine id (this needs no valid
/// credentials), then reads sysDescr, sysObjectID, sysName and sysUpTime, then the engine id, boots
/// and time from the SNMP-FRAMEWORK-MIB snmpEngine group. An agent without the engine group still
/// probes successfully; a v3 authentication failure is reported beside the discovered engine id.
/// </summary>
internal static class SnmpProbeOperation
{
    private static readonly Oid SysDescr = Oid.Parse("1.3.6.1.2.1.1.1.0");
    private static readonly Oid SysObjectId = Oid.Parse("1.3.6.1.2.1.1.2.0");
    private static readonly Oid SysUpTime = Oid.Parse("1.3.6.1.2.1.1.3.0");
    private static readonly Oid SysName = Oid.Parse("1.3.6.1.2.1.1.5.0");
    private static readonly Oid EngineIdOid = Oid.Parse("1.3.6.1.6.3.10.2.1.1.0");
    private static readonly Oid EngineBootsOid = Oid.Parse("1.3.6.1.6.3.10.2.1.2.0");
    private static readonly Oid EngineTimeOid = Oid.Parse("1.3.6.1.6.3.10.2.1.3.0");

    /// <summary>Probes the agent.</summary>
    /// <param name="client">The SNMP client.</param>
    /// <param name="target">The agent.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>What the agent told.</returns>
    public static async Task<SnmpProbeResult> ProbeAsync(SnmpClient client, SnmpTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        var discovered = target.Version == SnmpMessageVersion.V3
            ? (await client.DiscoverEngineIdAsync(target, cancellationToken)).ToHex()
            : null;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<VarBind> system;
        try
        {
            system = await GetOrEmptyAsync(client, target, [SysDescr, SysObjectId, SysUpTime, SysName], cancellationToken);
        }
        catch (SnmpAuthenticationException ex)
        {
            return new SnmpProbeResult
            {
                Agent = target.Endpoint.ToString(),
                Version = target.Version.ToString(),
                EngineId = discovered,
                RoundTripMilliseconds = clock.Elapsed.TotalMilliseconds,
                Error = ex.Message,
            };
        }

        var roundTrip = clock.Elapsed.TotalMilliseconds;
        var engine = await GetOrEmptyAsync(client, target, [EngineIdOid, EngineBootsOid, EngineTimeOid], cancellationToken);
        return new SnmpProbeResult
        {
            Agent = target.Endpoint.ToString(),
            Version = target.Version.ToString(),
            SysDescr = (Find(system, SysDescr) as OctetString)?.ToString(),
            SysObjectId = (Find(system, SysObjectId) as ObjectIdentifier)?.Value.ToString(),
            SysUpTime = (Find(system, SysUpTime) as TimeTicks)?.Value,
            SysName = (Find(system, SysName) as OctetString)?.ToString(),
            EngineId = discovered ?? (Find(engine, EngineIdOid) as OctetString)?.ToHex(),
            EngineBoots = (Find(engine, EngineBootsOid) as Integer32)?.Value,
            EngineTime = (Find(engine, EngineTimeOid) as Integer32)?.Value,
            RoundTripMilliseconds = roundTrip,
        };
    }

    private static SnmpValue? Find(IReadOnlyList<VarBind> bindings, Oid oid) =>
        bindings.FirstOrDefault(b => b.Oid == oid)?.Value;

    private static async Task<IReadOnlyList<VarBind>> GetOrEmptyAsync(
        SnmpClient client, SnmpTarget target, IReadOnlyList<Oid> oids, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetAsync(target, oids, cancellationToken);
        }
        catch (SnmpErrorStatusException)
        {
            // SNMPv1 answers noSuchName for the whole request when one object is missing: read one by one.
            var found = new List<VarBind>();
            foreach (var oid in oids)
            {
                try
                {
                    found.AddRange(await client.GetAsync(target, [oid], cancellationToken));
                }
                catch (SnmpErrorStatusException)
                {
                    // This object is absent on the agent; the probe reports it as unknown.
                }
            }

            return found;
        }
    }
}
