using Provisioner.Drivers.Eaton.Mapping;

namespace Provisioner.Drivers.Eaton.Tests.Mapping;

public sealed class RelayAddressMappingTests
{
    [Fact]
    public void TryToWire_Ipv4Literal_GivesFourOctets()
    {
        Assert.Null(RelayAddressMapping.TryToWire("10.6.0.25", out var address));
        Assert.Equal([10, 6, 0, 25], address!.GetAddressBytes());
    }

    [Theory]
    [InlineData("2001:db8::25", "eaton.relayNotIpv4")]
    [InlineData("::ffff:10.6.0.25", "eaton.relayNotIpv4")]
    [InlineData("10.6.25", "eaton.relayNotIpLiteral")] // shorthand IPv4: not a literal in canonical form (IpLiteral)
    [InlineData("10.6.0.025", "eaton.relayNotIpLiteral")]
    [InlineData("mail01.contoso.com", "eaton.relayNotIpLiteral")]
    public void TryToWire_NotAnIpv4Literal_ExplainsWhy(string relay, string code)
    {
        var problem = RelayAddressMapping.TryToWire(relay, out _);

        Assert.Equal(code, problem?.Code);
        Assert.Equal("relay.address", problem?.Path);
        Assert.Contains(relay, problem!.Summary, StringComparison.Ordinal);
    }
}
