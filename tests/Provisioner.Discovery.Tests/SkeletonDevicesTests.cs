using System.Net;
using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;

namespace Provisioner.Discovery.Tests;

public sealed class SkeletonDevicesTests
{
    private static readonly DriverDescriptor Hinted = new()
    {
        Id = "vendor.ups",
        Vendor = "Vendor",
        Models = ["U1"],
        Transports = [DriverTransport.SnmpV2c],
        Settings = [],
        Hints = new InventoryHints("ups", "power"),
    };

    [Fact]
    public void From_DriverWithHints_TakesKindAndCategoryFromTheDescriptor()
    {
        var found = new DiscoveredDevice(IPAddress.Parse("127.0.0.9"), new SystemGroup("UPS \"U1\"", "1.3.6.1.4.1.99.1", "ups-01"), Hinted, string.Empty);

        var device = Assert.Single(SkeletonDevices.From([found]));

        Assert.Equal(("ups", "power", "vendor.ups", "ups-01", "127.0.0.9"), (device.Kind, device.Category, device.DriverId, device.SuggestedName, device.Address));
        Assert.Equal("sysObjectID 1.3.6.1.4.1.99.1, sysDescr \"UPS 'U1'\"", device.Evidence);
    }

    [Fact]
    public void From_DriverWithoutHintsOrNoDriver_LeavesKindAndCategoryToFillIn()
    {
        var found = new[]
        {
            new DiscoveredDevice(IPAddress.Parse("127.0.0.10"), new SystemGroup(null, "1.3.6.1.4.1.99.1", null), Hinted with { Hints = null }, string.Empty),
            new DiscoveredDevice(IPAddress.Parse("127.0.0.11"), new SystemGroup(null, null, null), null, "refused the credentials"),
        };

        var devices = SkeletonDevices.From(found);

        Assert.All(devices, d => Assert.Equal((null, null), (d.Kind, d.Category)));
        Assert.Equal([Hinted.Id, null], devices.Select(d => d.DriverId));
        Assert.Equal("refused the credentials", devices[1].Note);
    }
}
