using System.Net;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon.Tests;

public sealed class IpAddressCodecTests
{
    [Fact]
    public void Encode_Ipv4_IsFourOctets() =>
        Assert.Equal(new IpAddress(IPAddress.Parse("10.6.0.25")), new IpAddressCodec().Encode(new TextValue("10.6.0.25")));

    [Theory]
    [InlineData("fd00::25", "IPv6")]
    [InlineData("relay.contoso.com", "host name")]
    [InlineData("10.6.25", "IPv4")]
    [InlineData("010.6.0.25", "leading zeros")]
    [InlineData("10.6.0.256", "over 255")]
    public void Encode_NotIpv4_ThrowsWithReason(string relay, string reason) =>
        Assert.Contains(reason, Assert.Throws<SnmpCodecException>(() => new IpAddressCodec().Encode(new TextValue(relay))).Message, StringComparison.Ordinal);

    [Fact]
    public void Decode_AllZeros_IsNothingSet() => Assert.Null(new IpAddressCodec().Decode(new IpAddress(IPAddress.Any)));

    [Fact]
    public void IpText_DecodeIpAddress_IsAcceptedForOlderFirmware() =>
        Assert.Equal(new TextValue("10.0.0.9"), new IpTextCodec().Decode(new IpAddress(IPAddress.Parse("10.0.0.9"))));

    [Fact]
    public void IpText_EncodeHostName_Throws() => Assert.Throws<SnmpCodecException>(() => new IpTextCodec().Encode(new TextValue("relay.contoso.com")));

    [Fact]
    public void IpText_EncodeLeadingZeros_ThrowsWithTheCanonicalForm() =>
        Assert.Contains("'10.6.0.25'", Assert.Throws<SnmpCodecException>(() => new IpTextCodec().Encode(new TextValue("10.6.0.025"))).Message, StringComparison.Ordinal);
}
