using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Running;

public sealed class PendingDevicesTests
{
    private static readonly DeviceTarget[] Targets =
    [
        Target("a1", "a", "d1"), Target("b1", "b", "d1"), Target("a2", "a", "d1"), Target("b2", "b", "d2"), Target("c1", "c", "d1"),
    ];

    [Fact]
    public void TryTake_NoLimits_TakesInInputOrder()
    {
        var pending = new PendingDevices(Targets);
        var order = new List<string>();

        while (pending.TryTake(_ => true, out var index))
        {
            order.Add(Targets[index].Name);
        }

        Assert.Equal(["a1", "b1", "a2", "b2", "c1"], order);
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public void TryTake_SiteBlocked_SkipsToFirstStartableDevice()
    {
        var pending = new PendingDevices(Targets);

        Assert.True(pending.TryTake(i => Targets[i].Site != "a", out var index));

        Assert.Equal("b1", Targets[index].Name);
        Assert.Equal(4, pending.Count);
    }

    [Fact]
    public void TryTake_EverythingBlocked_IsFalse() => Assert.False(new PendingDevices(Targets).TryTake(_ => false, out _));

    [Fact]
    public void Drain_AfterSomeTaken_ReturnsTheRestInInputOrder()
    {
        var pending = new PendingDevices(Targets);
        pending.TryTake(i => Targets[i].Site == "b", out _);

        Assert.Equal([0, 2, 3, 4], pending.Drain());
        Assert.Equal(0, pending.Count);
    }

    private static DeviceTarget Target(string name, string site, string driver) => new()
    {
        Name = name,
        Site = site,
        DriverId = driver,
        Address = "127.0.0.1",
        Credentials = new CredentialSet(),
        Desired = new NotificationSettings { RelayAddress = "10.6.0.25", FromAddress = name + "@contoso.com" },
    };
}
