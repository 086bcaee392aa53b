using Provisioner.Abstractions;
using Provisioner.Cli.Running;
using Provisioner.Cli.Tests.Support;

namespace Provisioner.Cli.Tests.Trust;

/// <summary>
/// A temporary one-device inventory on loopback: a BMC on the built-in <see cref="Driver"/> driver (HTTPS), or an
/// SNMP UPS, with a way to run the real 'provisioner trust' over it against a test server's port. For states a lab
/// device does not reach by itself (inventory pins, broken stores, unreachable ports, a person answering); the
/// lab's HTTPS devices are in <c>Https/HttpsTrustTests</c>.
/// </summary>
internal sealed class TrustInventory : IDisposable
{
    /// <summary>The HTTPS device's driver.</summary>
    public const string Driver = "redfish";

    /// <summary>The device's name.</summary>
    public const string Device = "BMC-01";

    private const string PortSlot = "@PORT@";
    private readonly string text;

    /// <param name="deviceExtra">More keys for the device's line, e.g. <c>, tls_certificate_sha256: '…'</c>.</param>
    /// <param name="https">False for an SNMP UPS (no certificate to trust) instead of the BMC.</param>
    public TrustInventory(string deviceExtra = "", bool https = true)
    {
        Root = Directory.CreateTempSubdirectory("provisioner-trust-").FullName;
        var device = https
            ? $"      - {{ name: {Device}, kind: bmc, category: critical, driver: {Driver}, address: 127.0.0.1, credentials: http-main{deviceExtra}{PortSlot} }}\n"
            : $"      - {{ name: UPS-01, kind: ups, category: power, driver: tripplite.poweralert, address: 127.0.0.1{deviceExtra}{PortSlot} }}\n";
        text = File.ReadAllText(Path.Combine(CliRun.Minimal, "inventory.yaml"))
            .Replace("      - { name: APP-01, kind: application, category: critical, driver: tripplite.poweralert12, address: 10.20.1.12 }\n", string.Empty, StringComparison.Ordinal)
            .Replace("      - { name: UPS-01, kind: ups, category: power, driver: tripplite.poweralert, address: 10.20.1.11 }\n", device, StringComparison.Ordinal)
            .Replace("[10.20.0.0/16]", "[10.20.0.0/16, 127.0.0.0/8]", StringComparison.Ordinal)
            .Replace("credentials:\n", "credentials:\n  http-main:\n    http: { user: admin, password: env:FABRIKAM_API_PW }\n", StringComparison.Ordinal);
        Write(port: null);
    }

    /// <summary>The built-in descriptor of <see cref="Driver"/>.</summary>
    public static DriverDescriptor Descriptor => InventoryPreflight.ById([])[Driver];

    public string Root { get; }

    public string Inventory => Path.Combine(Root, "inventory.yaml");

    public string KnownCerts => Path.Combine(Root, "known_certs");

    /// <summary>Runs 'provisioner trust' with the device on <paramref name="port"/> (written into the inventory first).</summary>
    /// <param name="answer">Standard input at a terminal; null for no terminal.</param>
    public async Task<CliRun.Result> TrustAsync(int port, bool yes = false, bool replace = false, string output = "table", string? answer = null)
    {
        Write(port);
        List<string> args = ["trust", Inventory, "-o", output];
        if (yes)
        {
            args.Add("--yes");
        }

        if (replace)
        {
            args.Add("--replace");
        }

        return await new CliInvocation { Terminal = answer is not null, Input = answer ?? string.Empty }.RunAsync([.. args]);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Write(int? port) =>
        File.WriteAllText(Inventory, text.Replace(PortSlot, port is { } p ? $", port: {p}" : string.Empty, StringComparison.Ordinal));
}
