using Provisioner.Cli.Options;
using Provisioner.Cli.Tests.Support;
using Provisioner.Inventory;

namespace Provisioner.Cli.Tests.Options;

public sealed class DeviceFilterTests
{
    private static async Task<InventoryModel> ContosoAsync() =>
        (await InventoryLoader.LoadAsync(CliRun.Contoso, CancellationToken.None)).Inventory!;

    [Fact]
    public async Task Apply_All_SelectsEveryDeviceInOrder()
    {
        var inventory = await ContosoAsync();

        Assert.Equal(inventory.Devices, DeviceFilter.All.Apply(inventory));
    }

    [Fact]
    public async Task Apply_SiteAndKind_CombineWithAnd()
    {
        var inventory = await ContosoAsync();

        var devices = new DeviceFilter(["NEWYORK"], [], [DeviceKind.Sensor]).Apply(inventory);

        Assert.Equal(["ENV-NY-SRV", "ENV-NY-MDF"], devices.Select(d => d.Name));
    }

    [Fact]
    public async Task Apply_SeveralGlobs_CombineWithOr()
    {
        var inventory = await ContosoAsync();

        var devices = new DeviceFilter([], [new GlobPattern("DCP-NY-01"), new GlobPattern("UPS-DET-*")], []).Apply(inventory);

        Assert.Equal(["DCP-NY-01", "UPS-DET-01", "UPS-DET-02"], devices.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnknownSites_NamesOnlyTheUndefinedOnes()
    {
        var inventory = await ContosoAsync();

        Assert.Equal(["paris"], new DeviceFilter(["detroit", "paris"], [], []).UnknownSites(inventory));
    }
}
