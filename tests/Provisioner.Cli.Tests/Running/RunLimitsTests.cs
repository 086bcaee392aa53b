using Provisioner.Cli.Drivers;
using Provisioner.Cli.Running;
using Provisioner.Core;
using Provisioner.Inventory;

namespace Provisioner.Cli.Tests.Running;

public sealed class RunLimitsTests
{
    private static InventoryModel Load(string extra, string siteExtra = "")
    {
        var text = File.ReadAllText(Path.Combine(Support.CliRun.Minimal, "inventory.yaml")) + extra;
        text = text.Replace("    credentials: snmp-main\n", "    credentials: snmp-main\n" + siteExtra, StringComparison.Ordinal);
        var loaded = InventoryLoader.LoadFromText([new("inventory.yaml", text)]);
        Assert.Empty(loaded.Diagnostics);
        return loaded.Inventory!;
    }

    [Fact]
    public async Task ToRunnerOptions_InventoryLimits_ReachTheRunner()
    {
        var model = Load("drivers:\n  eaton.sc200: { parallel: 2 }\n", "    defaults: { parallel: 3 }\n");
        await using var transports = TransportServices.Create(Serilog.Core.Logger.None);

        var options = RunLimits.Of(16, model).ToRunnerOptions(BuiltInDrivers.Catalog(transports));

        Assert.Equal(16, options.MaxParallel);
        Assert.Equal(3, options.SiteLimit("main"));
        Assert.Equal(16, options.SiteLimit("other"));
        Assert.Equal(2, options.DriverLimit("eaton.sc200"));
        Assert.Equal(16, options.DriverLimit("apc.netbotz"));
    }

    [Fact]
    public async Task ToRunnerOptions_NoInventoryLimits_SitesGetTheGlobalDriversTheirOwnOrTheGlobal()
    {
        var model = Load(string.Empty);
        await using var transports = TransportServices.Create(Serilog.Core.Logger.None);
        var catalog = BuiltInDrivers.Catalog(transports);

        var options = RunLimits.Of(12, model).ToRunnerOptions(catalog);

        Assert.Equal(12, options.SiteLimit("main"));
        Assert.All(catalog.Drivers, d => Assert.Equal(d.Descriptor.MaxParallelSessions ?? 12, options.DriverLimit(d.Descriptor.Id)));
    }
}
