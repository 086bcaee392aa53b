using Provisioner.Abstractions;
using Provisioner.Cli.Running;
using Provisioner.Cli.Tests.Support;
using Provisioner.Cli.Tests.Trust;
using Provisioner.Core;
using Provisioner.Inventory;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Tests.Running;

/// <summary>What each engine target trusts: the inventory's pins plus the known-peers store, or in a lab run the lab's certificate only.</summary>
public sealed class TargetBuilderTrustTests
{
    private static readonly string Pin = string.Join(':', Enumerable.Repeat("AB", 32));
    private static readonly string Known = string.Join(':', Enumerable.Repeat("CD", 32));
    private static readonly string LabPin = string.Join(':', Enumerable.Repeat("EF", 32));

    [Fact]
    public async Task From_UnitesThePinsWithTheStoreEntriesOnTheDriversHttpsPort()
    {
        using var inventory = new TrustInventory($", tls_certificate_sha256: '{Pin}'");
        File.WriteAllLines(inventory.KnownCerts, [$"127.0.0.1:8443 {Known}", $"127.0.0.1 {LabPin}"]);
        var device = await LoadDeviceAsync(inventory);
        var descriptor = TrustInventory.Descriptor with { DefaultPort = 8443 };

        var target = TargetBuilder.From(device, KnownPeers.Load(inventory.Root), descriptor);

        Assert.Equal([Pin, Known], target.Trust.CertificateFingerprints);
        Assert.Equal([Pin, LabPin], TargetBuilder.From(device, KnownPeers.Load(inventory.Root), descriptor with { DefaultPort = null }).Trust.CertificateFingerprints);
        Assert.Equal([Pin], TargetBuilder.From(device).Trust.CertificateFingerprints);
    }

    [Fact]
    public async Task AimAtLab_TrustsTheLabsCertificateOnly()
    {
        using var inventory = new TrustInventory($", tls_certificate_sha256: '{Pin}'");
        var device = await LoadDeviceAsync(inventory);
        var target = TargetBuilder.From(device, KnownPeers.Load(inventory.Root), TrustInventory.Descriptor);
        var map = new LabMap
        {
            SmtpCapture = "127.0.0.1:2525",
            Devices = [new LabMapEntry(TrustInventory.Device, TrustInventory.Driver, "127.0.0.1", "https", "127.0.0.9", 4443) { CertificateSha256 = LabPin.Replace(":", string.Empty, StringComparison.Ordinal).ToLowerInvariant() }],
        };
        await using var session = Session();

        var aimed = Assert.Single(TargetBuilder.AimAtLab(session, [target], map));

        Assert.Equal(("127.0.0.9", 4443), (aimed.Address, aimed.Port));
        Assert.Equal([LabPin], aimed.Trust.CertificateFingerprints);
        Assert.Empty(TargetBuilder.LabTrust(map.Devices[0] with { CertificateSha256 = null }).CertificateFingerprints);
    }

    private static async Task<Device> LoadDeviceAsync(TrustInventory inventory) =>
        Assert.Single((await InventoryLoader.LoadAsync(inventory.Inventory, CancellationToken.None)).Inventory!.Devices);

    private static Cli.Infrastructure.CommandSession Session()
    {
        var context = new Cli.Infrastructure.CliContext(TextWriter.Null, TextWriter.Null, _ => null, false);
        var globals = new Cli.Infrastructure.GlobalOptions();
        return Cli.Infrastructure.CommandSession.Begin(context, globals, RootCommandFactory.Create(context, globals).Parse(["lint", "x"]));
    }
}
