using System.Net;
using Provisioner.Lab.Network;

namespace Provisioner.Lab.Tests.Network;

public sealed class LoopbackAddressAllocatorTests
{
    [Fact]
    public void Next_ManyAddresses_AllLoopbackDistinctAndNeverNetworkOrBroadcast()
    {
        var allocator = new LoopbackAddressAllocator(79);

        var addresses = Enumerable.Range(0, 1000).Select(_ => allocator.Next()).ToList();

        Assert.All(addresses, a => Assert.True(LoopbackGuard.IsLoopback(a)));
        Assert.Equal(addresses.Count, addresses.Distinct().Count());
        Assert.All(addresses, a => Assert.InRange(a.GetAddressBytes()[3], 1, 254));
        Assert.Equal(IPAddress.Parse("127.79.0.1"), addresses[0]);
        Assert.Equal(IPAddress.Parse("127.79.1.1"), addresses[254]);
    }

    [Fact]
    public void CanBindDistinctAddresses_OnLinux_IsTrue()
    {
        Assert.Equal(OperatingSystem.IsLinux(), LoopbackAddressAllocator.CanBindDistinctAddresses);
    }
}
