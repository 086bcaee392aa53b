using System.Text.Json;
using Provisioner.Core;

namespace Provisioner.Cli.Tests.Https;

/// <summary>'provisioner trust --lab' against the lab's HTTPS devices, with the built-in drivers.</summary>
public sealed class HttpsTrustTests
{
    [Fact]
    public async Task FirstContact_ShowsEachCertificateAsNew_WithTheFingerprintTheMapRecorded_RecordsNothing_Exit2()
    {
        await using var lab = await HttpsLab.StartAsync(154);
        var map = await lab.LoadMapAsync();

        var result = await lab.RunAsync("trust", lab.Inventory, "--lab", lab.MapPath);

        Assert.True(result.ExitCode == ExitCodes.ChangesPending, result.Output + result.Error);
        foreach (var name in HttpsLab.HttpsDevices)
        {
            var entry = map.Find(name)!;
            Assert.Equal("https", entry.Protocol);
            Assert.Contains($"{name} ({entry.Driver}) {entry.Address}:{entry.Port}: new\n", result.Output, StringComparison.Ordinal);
            Assert.Contains($"sha256    {entry.CertificateSha256}\n", result.Output, StringComparison.Ordinal);
            Assert.Equal(0, lab.Host[name].HttpCounters.Requests);
        }

        Assert.DoesNotContain(HttpsLab.SnmpDevice + " (", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(lab.LabKnownCerts));
        Assert.False(File.Exists(lab.InventoryKnownCerts));
    }

    [Fact]
    public async Task Yes_RecordsInTheLabsKnownCerts_NotTheInventorys_AndARerunIsTrusted()
    {
        await using var lab = await HttpsLab.StartAsync(155);
        var map = await lab.LoadMapAsync();

        var recorded = await lab.RunAsync("trust", lab.Inventory, "--lab", lab.MapPath, "--yes");
        var stored = File.ReadAllText(lab.LabKnownCerts);
        var again = await lab.RunAsync("trust", lab.Inventory, "--lab", lab.MapPath, "--yes", "-o", "json");

        Assert.True(recorded.ExitCode == ExitCodes.Ok, recorded.Output + recorded.Error);
        Assert.False(File.Exists(lab.InventoryKnownCerts));
        var store = KnownCertificatesFile.Load(lab.LabKnownCerts);
        foreach (var name in HttpsLab.HttpsDevices)
        {
            var entry = map.Find(name)!;
            Assert.Contains($"{name} ({entry.Driver}) {entry.Address}:{entry.Port}: new, recorded\n", recorded.Output, StringComparison.Ordinal);
            Assert.Equal([entry.CertificateSha256!], store.FingerprintsFor(entry.Address, entry.Port));
        }

        Assert.True(again.ExitCode == ExitCodes.Ok, again.Output + again.Error);
        using var json = JsonDocument.Parse(again.Output);
        var devices = json.RootElement.GetProperty("devices").EnumerateArray().ToList();
        Assert.Equal(HttpsLab.HttpsDevices.Order(StringComparer.Ordinal), devices.Select(d => d.GetProperty("device").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(devices, d =>
        {
            Assert.Equal("trusted", d.GetProperty("status").GetString());
            Assert.False(d.GetProperty("recorded").GetBoolean());
            Assert.Equal(map.Find(d.GetProperty("device").GetString()!)!.CertificateSha256, d.GetProperty("certificate").GetProperty("sha256").GetString());
        });
        Assert.Equal(stored, File.ReadAllText(lab.LabKnownCerts));
    }

    [Fact]
    public async Task CertificateReplacedAfterRecording_IsChanged_NamingBoth_Exit1_AndReplaceRecordsTheNewOne()
    {
        await using var lab = await HttpsLab.StartAsync(156);
        await lab.RunAsync("trust", lab.Inventory, "--lab", lab.MapPath, "--yes");
        var device = lab.Host["BMC-IDRAC-01"];
        var old = device.CertificateSha256!;
        var presented = device.ReplaceCertificate();

        var changed = await lab.RunAsync("trust", lab.Inventory, "--lab", lab.MapPath, "--yes");
        var replaced = await lab.RunAsync("trust", lab.Inventory, "--lab", lab.MapPath, "--yes", "--replace", "--device", "BMC-IDRAC-01");

        Assert.Equal(ExitCodes.Failure, changed.ExitCode);
        Assert.Contains($"BMC-IDRAC-01 (dell.idrac9) {device.Endpoint.Address}:{device.Endpoint.Port}: CHANGED\n", changed.Output, StringComparison.Ordinal);
        Assert.Contains($"sha256    {presented}\n", changed.Output, StringComparison.Ordinal);
        Assert.Contains($"expected  {old} (known_certs)\n", changed.Output, StringComparison.Ordinal);
        Assert.True(replaced.ExitCode == ExitCodes.Ok, replaced.Output + replaced.Error);
        Assert.Equal([presented], KnownCertificatesFile.Load(lab.LabKnownCerts).FingerprintsFor(device.Endpoint.Address.ToString(), device.Endpoint.Port));
    }
}
