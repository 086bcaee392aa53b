using Provisioner.Cli.Demo;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Inventory;
using Provisioner.Lab.Hosting;

namespace Provisioner.Cli.Tests.Support;

/// <summary>An in-process lab for the demo inventory, with its address map written to a temporary file.</summary>
internal sealed class DemoLab : IAsyncDisposable
{
    private DemoLab(LabHost host, string mapPath)
    {
        Host = host;
        MapPath = mapPath;
    }

    public LabHost Host { get; }

    public string MapPath { get; }

    public static IReadOnlyDictionary<string, string> Environment => DemoInventory.Secrets;

    public static async Task<DemoLab> StartAsync(byte addressRange)
    {
        var loaded = await InventoryLoader.LoadAsync(CliRun.Demo, CancellationToken.None);
        var devices = loaded.Inventory!.Devices;
        var secrets = new EnvironmentSecretResolver(name => Environment.GetValueOrDefault(name));
        var host = await LabHost.StartAsync(
            LabSpecBuilder.Specs(devices, secrets),
            new LabHostOptions { AddressRange = addressRange, PreferredSnmpPort = null, Relays = LabSpecBuilder.Relays(devices) },
            CancellationToken.None);
        var map = Path.Combine(Path.GetTempPath(), $"provisioner-lab-{Guid.NewGuid():N}.json");
        await host.ToMap(0).SaveAsync(map, CancellationToken.None);
        return new DemoLab(host, map);
    }

    public long Writes => Host.Devices.Sum(d => d.Mib.WritesLogged);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        File.Delete(MapPath);
    }
}
