using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Cli.Running;
using Provisioner.Cli.Tests.Support;
using Provisioner.Cli.Trust;

namespace Provisioner.Cli.Tests.Trust;

/// <summary>
/// A temporary one-device inventory on loopback whose driver, for the test, is described as speaking HTTPS
/// on the test server's port, with a way to run 'trust' over it: for states a lab device does not reach by
/// itself. The built-in HTTPS drivers against the lab are in <c>Https/HttpsTrustTests</c>.
/// </summary>
internal sealed class TrustInventory : IDisposable
{
    public const string Driver = "tripplite.poweralert";

    public TrustInventory(string deviceExtra = "")
    {
        Root = Directory.CreateTempSubdirectory("provisioner-trust-").FullName;
        var text = File.ReadAllText(Path.Combine(CliRun.Minimal, "inventory.yaml"))
            .Replace("      - { name: APP-01, kind: application, category: critical, driver: tripplite.poweralert12, address: 10.20.1.12 }\n", string.Empty, StringComparison.Ordinal)
            .Replace("[10.20.0.0/16]", "[10.20.0.0/16, 127.0.0.0/8]", StringComparison.Ordinal)
            .Replace("address: 10.20.1.11 }", $"address: 127.0.0.1{deviceExtra} }}", StringComparison.Ordinal);
        File.WriteAllText(Inventory, text);
    }

    public string Root { get; }

    public string Inventory => Path.Combine(Root, "inventory.yaml");

    public string KnownCerts => Path.Combine(Root, "known_certs");

    public string LabKnownCerts => Path.Combine(Root, ".provisioner", "known_certs");

    /// <summary>The built-in descriptors with <see cref="Driver"/> speaking HTTPS on <paramref name="port"/>.</summary>
    public static IReadOnlyDictionary<string, DriverDescriptor> HttpsDescriptors(int port)
    {
        var descriptors = InventoryPreflight.ById([]).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        descriptors[Driver] = descriptors[Driver] with { Transports = [DriverTransport.Https], DefaultPort = port };
        return descriptors;
    }

    public async Task<CliRun.Result> TrustAsync(int port, bool yes = false, bool replace = false, string? labMap = null, OutputFormat output = OutputFormat.Table, string? answer = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var interactive = answer is not null;
        var context = new CliContext(stdout, stderr, _ => null, IsTerminal: interactive) { Input = new StringReader(answer ?? string.Empty), IsInputTerminal = interactive };
        var globals = new GlobalOptions();
        var parse = RootCommandFactory.Create(context, globals).Parse(["trust", Inventory]);
        var settings = new TrustSettings(Inventory, DeviceFilter.All, output, yes, replace, labMap, TimeSpan.FromSeconds(10));
        int exit;
        await using (var session = CommandSession.Begin(context, globals, parse))
        {
            exit = await TrustRun.ExecuteAsync(session, settings, HttpsDescriptors(port), CancellationToken.None);
        }

        return new CliRun.Result(exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
