using System.Net;
using Provisioner.Cli.Snmp;

namespace Provisioner.Cli.Tests.Snmp;

public sealed class SnmpAgentAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", 161, false)]
    [InlineData("127.0.0.1:1161", "127.0.0.1", 1161, false)]
    [InlineData("localhost:1161", "localhost", 1161, false)]
    [InlineData("[::1]:1161", "::1", 1161, true)]
    [InlineData("[::1]", "::1", 161, true)]
    [InlineData("::1", "::1", 161, true)]
    [InlineData("udp:127.0.0.1:1161", "127.0.0.1", 1161, false)]
    [InlineData("udp6:[::1]:1161", "::1", 1161, true)]
    [InlineData("UDP6:localhost", "localhost", 161, true)]
    public void Parse_ValidForms_ReturnsHostAndPort(string text, string host, int port, bool preferIpv6)
    {
        var address = SnmpAgentAddress.Parse(text);

        Assert.Equal(new SnmpAgentAddress(host, port, preferIpv6), address);
    }

    [Theory]
    [InlineData("", "host is missing")]
    [InlineData("udp:", "host is missing")]
    [InlineData(":161", "host before ':' is missing")]
    [InlineData("127.0.0.1:0", "port '0'")]
    [InlineData("127.0.0.1:65536", "port '65536'")]
    [InlineData("127.0.0.1:snmp", "port 'snmp'")]
    [InlineData("[::1", "not closed")]
    [InlineData("[127.0.0.1]:161", "not an IPv6 address")]
    [InlineData("[::1]161", "expected ':port'")]
    [InlineData("fe80::1::2", "[address]:port")]
    [InlineData("010.0.0.1:161", "leading zeros")]
    [InlineData("udp:127.0.0.010", "'127.0.0.10'")]
    [InlineData("2130706433", "four decimal parts")]
    public void Parse_InvalidForms_ThrowsUsageErrorNamingTheProblem(string text, string problem)
    {
        var error = Assert.Throws<SnmpUsageException>(() => SnmpAgentAddress.Parse(text));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("Expected host, host:port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_Ipv6Literal_ReturnsEndpointWithoutDns()
    {
        var endpoint = await SnmpAgentAddress.Parse("[::1]:1161").ResolveAsync(CancellationToken.None);

        Assert.Equal(new IPEndPoint(IPAddress.IPv6Loopback, 1161), endpoint);
    }

    [Fact]
    public async Task ResolveAsync_Localhost_PrefersIpv4UnlessUdp6()
    {
        var v4 = await SnmpAgentAddress.Parse("localhost:1161").ResolveAsync(CancellationToken.None);

        Assert.True(IPAddress.IsLoopback(v4.Address));
        Assert.Equal(System.Net.Sockets.AddressFamily.InterNetwork, v4.AddressFamily);
    }

    [Theory]
    [InlineData("127.0.0.1:1161", "127.0.0.1:1161")]
    [InlineData("udp6:[::1]:1161", "[::1]:1161")]
    public void ToString_PrintsNetSnmpForm(string text, string expected)
    {
        Assert.Equal(expected, SnmpAgentAddress.Parse(text).ToString());
    }
}
