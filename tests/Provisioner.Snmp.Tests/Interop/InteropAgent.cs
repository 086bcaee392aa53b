using System.Net;
using System.Text;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// Our <see cref="SnmpAgent"/> dressed like the snmpd of the matrix: the system group (sysContact,
/// sysName and sysLocation writable), the read-only and read-write communities, and every USM user.
/// </summary>
internal static class InteropAgent
{
    /// <summary>The engine id our agent uses (net-snmp enterprise, text format).</summary>
    public static byte[] EngineId { get; } = [0x80, 0x00, 0x1F, 0x88, 0x04, .. Encoding.ASCII.GetBytes("provisioner-agent")];

    /// <summary>The system-group OIDs the store holds, in order.</summary>
    public static IReadOnlyList<string> SystemGroup { get; } = [.. Enumerable.Range(1, 7).Select(i => $"1.3.6.1.2.1.1.{i}.0")];

    /// <summary>Starts an agent on an ephemeral port of <paramref name="address"/>.</summary>
    /// <param name="address">127.0.0.1 or ::1.</param>
    /// <returns>The running agent.</returns>
    public static SnmpAgent Start(IPAddress address)
    {
        var writable = new MibObjectOptions { Access = MibAccess.ReadWrite, Constraint = new MibConstraint { MaxSize = 255 } };
        var store = new MibStore()
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.1"), OctetString.FromString("Provisioner.Snmp interop agent"))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.2"), new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.8072.3.2.10")))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.3"), new TimeTicks(4242))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.4"), OctetString.FromString("root"), writable)
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.5"), OctetString.FromString("interop-agent"), writable)
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.6"), OctetString.FromString("loopback"), writable)
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.7"), new Integer32(72))
            // ifNumber: an object after the system group, so walks end by leaving the subtree as on real devices.
            .AddScalar(Oid.Parse("1.3.6.1.2.1.2.1"), new Integer32(1));
        var options = new SnmpAgentOptions
        {
            Endpoint = new IPEndPoint(address, 0),
            ReadOnlyCommunities = [InteropMatrix.ReadOnlyCommunity],
            ReadWriteCommunities = [InteropMatrix.ReadWriteCommunity],
            Users = [.. InteropMatrix.UsmCases.Select(InteropCaseCredentials.User)],
            EngineId = EngineId,
        };
        return SnmpAgent.Start(options, store);
    }
}
