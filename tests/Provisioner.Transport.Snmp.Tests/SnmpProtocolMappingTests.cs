using Provisioner.Abstractions;

namespace Provisioner.Transport.Snmp.Tests;

public sealed class SnmpProtocolMappingTests
{
    [Fact]
    public void ToLibrary_EveryAuthProtocol_MapsToTheLibraryProtocolOfTheSameName()
    {
        foreach (var protocol in Enum.GetValues<SnmpAuthProtocol>())
        {
            Assert.Equal(protocol.ToString(), SnmpProtocolMapping.ToLibrary(protocol).ToString());
        }
    }

    [Fact]
    public void ToLibrary_EveryPrivProtocol_MapsToTheLibraryProtocolOfTheSameName()
    {
        foreach (var protocol in Enum.GetValues<SnmpPrivProtocol>())
        {
            Assert.Equal(protocol.ToString(), SnmpProtocolMapping.ToLibrary(protocol).ToString());
        }
    }
}
