using Provisioner.Snmp.Messages;

namespace Provisioner.Snmp.Tests.Messages;

/// <summary>
/// Golden packets, one folder per case under Messages/Golden: packet.hex (produced by an independent
/// BER writer) and expected.txt (the hand-written meaning). Decoding must give the meaning, and
/// re-encoding must give back the same bytes.
/// </summary>
public sealed class GoldenPacketTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Messages", "Golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode_GoldenPacket_GivesTheExpectedMessage(string name)
    {
        var (packet, expected) = Load(name);

        var message = SnmpMessageCodec.Decode(packet);

        Assert.Equal(expected, MessageDump.Render(message));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encode_DecodedGoldenPacket_GivesTheSameBytes(string name)
    {
        var (packet, _) = Load(name);

        var encoded = SnmpMessageCodec.Encode(SnmpMessageCodec.Decode(packet));

        Assert.Equal(Convert.ToHexString(packet), Convert.ToHexString(encoded));
    }

    [Fact]
    public void Cases_CoverEveryPduType()
    {
        var types = Directory.GetDirectories(Root).Select(Path.GetFileName)
            .Select(name => name!)
            .Select(name => SnmpMessageCodec.Decode(Load(name).Packet).Pdu?.Type)
            .Where(type => type is not null)
            .ToHashSet();

        Assert.Equal(Enum.GetValues<Provisioner.Snmp.Pdus.PduType>().Length, types.Count);
    }

    private static (byte[] Packet, string Expected) Load(string name)
    {
        var directory = Path.Combine(Root, name);
        var packet = Convert.FromHexString(File.ReadAllText(Path.Combine(directory, "packet.hex")).Trim());
        return (packet, File.ReadAllText(Path.Combine(directory, "expected.txt")));
    }
}
