using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon.Tests;

public sealed class IntegerCodecTests
{
    [Fact]
    public void Decode_Gauge32_IsANumber() => Assert.Equal(new IntegerValue(25), new IntegerCodec(0, 65535).Decode(new Gauge32(25)));

    [Fact]
    public void Decode_Integer32_IsANumber() => Assert.Equal(new IntegerValue(587), new IntegerCodec(0, 65535).Decode(new Integer32(587)));

    [Fact]
    public void Decode_Text_Throws() => Assert.Throws<SnmpCodecException>(() => new IntegerCodec(0, 65535).Decode(OctetString.FromString("25")));

    [Fact]
    public void Encode_DefaultTag_IsInteger32() => Assert.Equal(new Integer32(25), new IntegerCodec(0, 65535).Encode(new IntegerValue(25)));

    [Fact]
    public void Encode_Gauge32Tag_IsGauge32() => Assert.Equal(new Gauge32(25), new IntegerCodec(0, 65535, SnmpTag.Gauge32).Encode(new IntegerValue(25)));

    [Fact]
    public void Encode_OutOfRange_Throws() => Assert.Throws<SnmpCodecException>(() => new IntegerCodec(1, 65535).Encode(new IntegerValue(70000)));
}
