using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon.Tests;

public sealed class FlagCodecTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void Decode_OnOff_IsFlag(int wire, bool flag) => Assert.Equal(new BooleanValue(flag), new FlagCodec(on: 1, off: 2).Decode(new Integer32(wire)));

    [Fact]
    public void Decode_OutsideEnumeration_Throws() => Assert.Throws<SnmpCodecException>(() => new FlagCodec(on: 1, off: 0).Decode(new Integer32(7)));

    [Fact]
    public void Encode_False_IsOffValue() => Assert.Equal(new Integer32(0), new FlagCodec(on: 1, off: 0).Encode(new BooleanValue(false)));

    [Fact]
    public void Security_StartTls_IsItsWireValue()
    {
        var codec = new SecurityCodec(new Dictionary<SmtpSecurity, int> { [SmtpSecurity.None] = 0, [SmtpSecurity.Tls] = 1, [SmtpSecurity.StartTls] = 2 });

        Assert.Equal(new Integer32(2), codec.Encode(new SecurityValue(SmtpSecurity.StartTls)));
        Assert.Equal(new SecurityValue(SmtpSecurity.Tls), codec.Decode(new Integer32(1)));
    }

    [Fact]
    public void Security_ModeTheDeviceLacks_Throws() =>
        Assert.Throws<SnmpCodecException>(() => new SecurityCodec(new Dictionary<SmtpSecurity, int> { [SmtpSecurity.None] = 0 }).Encode(new SecurityValue(SmtpSecurity.Tls)));
}
