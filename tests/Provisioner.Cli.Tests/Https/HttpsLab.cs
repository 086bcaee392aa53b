using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Cli.Tests.Support;
using Provisioner.Inventory;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Tests.Https;

/// <summary>
/// A copy of the HTTPS test inventory (<c>Https/https-lab.yaml</c>: the four HTTPS drivers and one SNMP
/// device) in a temporary directory, with an in-process lab for it whose address map is written where
/// <c>lab up</c> writes it (<c>.provisioner/lab.json</c> beside the inventory). Deleted on dispose.
/// </summary>
internal sealed class HttpsLab : IAsyncDisposable
{
    /// <summary>The four HTTPS devices of the inventory, by name.</summary>
    public static readonly IReadOnlyList<string> HttpsDevices = ["BMC-RF-01", "BMC-IDRAC-01", "BMC-ILO-01", "PDU-PX-01"];

    /// <summary>The SNMP device of the inventory.</summary>
    public const string SnmpDevice = "DCP-NW-01";

    private HttpsLab(string root, LabHost host, IReadOnlyDictionary<string, string> environment)
    {
        Root = root;
        Host = host;
        Environment = environment;
    }

    /// <summary>The temporary directory holding the inventory.</summary>
    public string Root { get; }

    /// <summary>The inventory file to pass to a command.</summary>
    public string Inventory => Path.Combine(Root, "inventory.yaml");

    /// <summary>The lab's address map.</summary>
    public string MapPath => LabPaths.DefaultMap(Inventory);

    /// <summary>The inventory's own known_certs (the real devices' certificates).</summary>
    public string InventoryKnownCerts => Path.Combine(Root, "known_certs");

    /// <summary>The lab's known_certs (what 'trust --lab' records).</summary>
    public string LabKnownCerts => LabPaths.KnownCertificates(Inventory);

    /// <summary>The running lab.</summary>
    public LabHost Host { get; }

    /// <summary>The variables the inventory's <c>env:</c> secrets name.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The HTTP password every HTTPS device accepts.</summary>
    public string HttpPassword => Environment["NW_HTTP_PASSWORD"];

    /// <summary>The SMTP AUTH password the inventory's relay wants on every device.</summary>
    public string RelayPassword => Environment["NW_RELAY_PASSWORD"];

    /// <summary>Copies the inventory, starts its lab on 127.<paramref name="addressRange"/>.x.x and writes the map.</summary>
    /// <param name="addressRange">The second octet of the lab's loopback addresses, distinct per test.</param>
    /// <param name="httpPassword">The HTTP password (a canary in the secret tests).</param>
    /// <param name="relayPassword">The SMTP AUTH password (a canary in the secret tests).</param>
    public static async Task<HttpsLab> StartAsync(byte addressRange, string httpPassword = "nw-http-Pa55word", string relayPassword = "nw-relay-Pa55word")
    {
        var root = Directory.CreateTempSubdirectory("provisioner-https-").FullName;
        var inventory = CopyInventory(root);
        var environment = Secrets(httpPassword, relayPassword);
        try
        {
            var loaded = await InventoryLoader.LoadAsync(inventory, CancellationToken.None);
            var devices = loaded.Inventory!.Devices;
            var secrets = new EnvironmentSecretResolver(name => environment.GetValueOrDefault(name));
            var host = await LabHost.StartAsync(
                LabSpecBuilder.Specs(devices, secrets),
                new LabHostOptions { AddressRange = addressRange, PreferredSnmpPort = null, PreferredHttpsPort = null, Relays = LabSpecBuilder.Relays(devices) },
                CancellationToken.None);
            var lab = new HttpsLab(root, host, environment);
            await lab.WriteMapAsync();
            return lab;
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    /// <summary>Copies the inventory into <paramref name="directory"/>.</summary>
    /// <returns>The inventory file.</returns>
    public static string CopyInventory(string directory)
    {
        var inventory = Path.Combine(directory, "inventory.yaml");
        File.Copy(Path.Combine(CliRun.Root, "tests", "Provisioner.Cli.Tests", "Https", "https-lab.yaml"), inventory);
        return inventory;
    }

    /// <summary>The variables the inventory's <c>env:</c> secrets name, set.</summary>
    public static Dictionary<string, string> Secrets(string httpPassword = "nw-http-Pa55word", string relayPassword = "nw-relay-Pa55word") => new(StringComparer.Ordinal)
    {
        ["NW_HTTP_PASSWORD"] = httpPassword,
        ["NW_RELAY_PASSWORD"] = relayPassword,
        ["NW_COMMUNITY"] = "nw-community-7c1d",
    };

    /// <summary>Writes the lab's current address map (again, e.g. to record a replaced certificate).</summary>
    public Task WriteMapAsync() => Host.ToMap(0).SaveAsync(MapPath, CancellationToken.None);

    /// <summary>The map as written.</summary>
    public Task<LabMap> LoadMapAsync() => LabMap.LoadAsync(MapPath, CancellationToken.None);

    /// <summary>How many writes the HTTPS device <paramref name="name"/> logged.</summary>
    public int HttpWrites(string name) => ((IHttpSimulatedDevice)Host[name].Model).WriteLog.Entries.Count;

    /// <summary>Runs the CLI with the inventory's secrets set.</summary>
    public Task<CliRun.Result> RunAsync(params string[] args) => CliRun.RunAsync(Environment, args);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
