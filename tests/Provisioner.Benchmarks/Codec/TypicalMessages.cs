using System.Text;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Benchmarks.Codec;

/// <summary>The messages the benchmarks encode and decode: what a probe of a device's system group looks like.</summary>
public static class TypicalMessages
{
    /// <summary>The engine id of the benchmark agent.</summary>
    public static byte[] EngineId { get; } = [0x80, 0x00, 0x1F, 0x88, 0x04, .. Encoding.ASCII.GetBytes("benchmark")];

    /// <summary>A Response with the eight bindings a device probe reads (system group plus a Counter64).</summary>
    /// <param name="requestId">The request id.</param>
    /// <returns>The PDU.</returns>
    public static SnmpPdu Response(int requestId) => new(PduType.Response, requestId, SnmpErrorStatus.NoError, 0, Bindings);

    /// <summary>The same as a GetRequest (NULL values).</summary>
    /// <param name="requestId">The request id.</param>
    /// <returns>The PDU.</returns>
    public static SnmpPdu Request(int requestId) =>
        new(PduType.GetRequest, requestId, SnmpErrorStatus.NoError, 0, [.. Bindings.Select(b => VarBind.ForRead(b.Oid))]);

    /// <summary>The bindings of <see cref="Response"/>.</summary>
    public static IReadOnlyList<VarBind> Bindings { get; } =
    [
        new(Oid.Parse("1.3.6.1.2.1.1.1.0"), OctetString.FromString("APC Web/SNMP Management Card (MB:v4.1.0 PF:v6.8.2 PN:apc_hw05_aos_682.bin)")),
        new(Oid.Parse("1.3.6.1.2.1.1.2.0"), new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.318.1.3.27"))),
        new(Oid.Parse("1.3.6.1.2.1.1.3.0"), new TimeTicks(123456789)),
        new(Oid.Parse("1.3.6.1.2.1.1.4.0"), OctetString.FromString("noc@example.net")),
        new(Oid.Parse("1.3.6.1.2.1.1.5.0"), OctetString.FromString("ups-ny-01.example.net")),
        new(Oid.Parse("1.3.6.1.2.1.1.6.0"), OctetString.FromString("NY1 row 4 rack 12")),
        new(Oid.Parse("1.3.6.1.2.1.1.7.0"), new Integer32(72)),
        new(Oid.Parse("1.3.6.1.2.1.31.1.1.1.6.1"), new Counter64(987654321012)),
    ];

    /// <summary>A v2c message carrying <paramref name="pdu"/>.</summary>
    /// <param name="pdu">The PDU.</param>
    /// <returns>The message.</returns>
    public static SnmpMessage V2c(SnmpPdu pdu) => SnmpMessage.ForCommunity(SnmpMessageVersion.V2c, "public", pdu);
}
