using System.Net;
using Provisioner.Discovery;

namespace Provisioner.Discovery.Tests;

public sealed class Ipv4RangeTests
{
    [Fact]
    public void Hosts_Slash30_SkipsNetworkAndBroadcast()
    {
        Assert.True(Ipv4Range.TryParse("127.0.0.5/30", out var range, out _));

        Assert.Equal("127.0.0.4/30", range!.ToString());
        Assert.Equal([IPAddress.Parse("127.0.0.5"), IPAddress.Parse("127.0.0.6")], range.Hosts());
    }

    [Fact]
    public void Hosts_BareAddress_IsThatAddress()
    {
        Assert.True(Ipv4Range.TryParse("127.0.0.9", out var range, out _));

        Assert.Equal([IPAddress.Parse("127.0.0.9")], range!.Hosts());
    }

    [Fact]
    public void TryParse_Slash16_IsTheWidestAccepted()
    {
        Assert.True(Ipv4Range.TryParse("10.6.0.0/16", out var range, out _));
        Assert.Equal(65534, range!.Hosts().Count());
        Assert.False(Ipv4Range.TryParse("10.6.0.0/15", out _, out var error));
        Assert.Contains("131,072 addresses", error, StringComparison.Ordinal);
    }
}
