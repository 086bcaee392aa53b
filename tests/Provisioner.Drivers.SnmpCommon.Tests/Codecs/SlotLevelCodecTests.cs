using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon.Tests;

public sealed class SlotLevelCodecTests
{
    private static readonly Dictionary<AlertSeverity, int> Levels = new() { [AlertSeverity.Warning] = 1, [AlertSeverity.Critical] = 5 };

    [Fact]
    public void Encode_Gauge32Levels_WriteGauge32() => Assert.Equal(new Gauge32(5), new SlotLevelCodec(Levels, 4, SnmpTag.Gauge32).Encode(5));

    [Fact]
    public void Encode_DefaultLevels_WriteInteger32() => Assert.Equal(new Integer32(5), new SlotLevelCodec(Levels, 4).Encode(5));

    [Fact]
    public void Decode_AnyIntegerType_IsTheLevel()
    {
        Assert.Equal(5, SlotLevelCodec.Decode(new Integer32(5)));
        Assert.Equal(5, SlotLevelCodec.Decode(new Gauge32(5)));
        Assert.Null(SlotLevelCodec.Decode(OctetString.FromString("5")));
    }

    [Fact]
    public void NoUnusedLevel_IsNullAndNeverALevelRead()
    {
        var codec = new SlotLevelCodec(Levels, null, SnmpTag.Integer32);

        Assert.Null(codec.UnusedLevel);
        Assert.NotEqual(1, codec.Unused);
        Assert.NotEqual(5, codec.Unused);
        Assert.Equal(4, new SlotLevelCodec(Levels, 4).UnusedLevel);
    }

    [Fact]
    public void WriteTagOtherThanAnInteger_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlotLevelCodec(Levels, 4, SnmpTag.OctetString));
}
