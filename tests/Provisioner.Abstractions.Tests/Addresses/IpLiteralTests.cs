using System.Net;

namespace Provisioner.Abstractions.Tests.Addresses;

public sealed class IpLiteralTests
{
    [Theory]
    [InlineData("10.6.0.25")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("127.0.0.1")]
    public void TryParse_CanonicalIpv4_Accepted(string text)
    {
        Assert.True(IpLiteral.TryParse(text, out var address, out var problem), problem);
        Assert.Equal(text, IpLiteral.Canonical(address));
    }

    [Theory]
    [InlineData("010.030.000.025", "10.30.0.25")]
    [InlineData("10.30.1.011", "10.30.1.11")]
    [InlineData("10.6.0.00", "10.6.0.0")]
    public void TryParse_LeadingZeros_RefusedWithTheDecimalReading(string text, string suggestion)
    {
        Assert.False(IpLiteral.TryParse(text, out _, out var problem));
        Assert.Contains("leading zeros", problem, StringComparison.Ordinal);
        Assert.Contains($"'{suggestion}'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.6.0")]
    [InlineData("10")]
    [InlineData("167772161")]
    [InlineData("0x0a.0.0.1")]
    [InlineData("10.6.0.256")]
    [InlineData("10.6.0.25.1")]
    [InlineData("10.6..25")]
    [InlineData(" 10.6.0.25")]
    [InlineData("10.6.0.2a")]
    [InlineData("١٠.6.0.25")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotFourDecimalParts_Refused(string? text)
    {
        Assert.False(IpLiteral.TryParse(text, out var address, out var problem));
        Assert.Null(address);
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Theory]
    [InlineData("2001:db8::11", "2001:db8::11")]
    [InlineData("2001:DB8:0:0::11", "2001:db8::11")]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0011", "2001:db8::11")]
    [InlineData("::1", "::1")]
    [InlineData("::ffff:10.6.0.25", "::ffff:10.6.0.25")]
    public void TryParse_Ipv6AnyForm_CanonicalIsRfc5952(string text, string canonical)
    {
        Assert.True(IpLiteral.TryParse(text, out var address, out var problem), problem);
        Assert.Equal(canonical, IpLiteral.Canonical(address));
    }

    [Theory]
    [InlineData("[2001:db8::11]")]
    [InlineData("fe80::1%eth0")]
    [InlineData("2001:db8:::11")]
    [InlineData("::ffff:010.6.0.25")]
    [InlineData("2001:db8::g")]
    public void TryParse_BadIpv6_Refused(string text)
    {
        Assert.False(IpLiteral.TryParse(text, out _, out var problem));
        Assert.Contains(text, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("010.030.000.025", true)]
    [InlineData("0x0a.0.0.1", true)]
    [InlineData("167772161", true)]
    [InlineData("2001:DB8::11", true)]
    [InlineData("mail.contoso.123", true)]
    [InlineData("mail01.contoso.com", false)]
    [InlineData("ups-ny-01", false)]
    public void LooksLikeLiteral_NumericOrColon_IsALiteral(string text, bool expected) =>
        Assert.Equal(expected, IpLiteral.LooksLikeLiteral(text));

    [Theory]
    [InlineData("10.6.0.0/16")]
    [InlineData("10.6.1.11/32")]
    [InlineData("0.0.0.0/0")]
    [InlineData("2001:db8::/48")]
    public void TryParseNetwork_Valid_Accepted(string text)
    {
        Assert.True(IpLiteral.TryParseNetwork(text, out var network, out var problem), problem);
        Assert.Equal(IPNetwork.Parse(text), network);
    }

    [Theory]
    [InlineData("010.006.0.0/16", "leading zeros")]
    [InlineData("10.6.0.0/016", "prefix length")]
    [InlineData("10.6.0.0/33", "prefix length")]
    [InlineData("10.6.0.0", "no prefix length")]
    [InlineData("10.6.1.0/16", "'10.6.0.0/16'")]
    [InlineData("2001:db8::1/48", "'2001:db8::/48'")]
    public void TryParseNetwork_Bad_SaysWhat(string text, string expected)
    {
        Assert.False(IpLiteral.TryParseNetwork(text, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparisonKey_TwoSpellingsOfOneIpv6_Equal() =>
        Assert.Equal(IpLiteral.ComparisonKey("2001:db8::11"), IpLiteral.ComparisonKey("2001:DB8:0:0::11"));
}
