using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Provisioner.Core;

namespace Provisioner.Cli.Tests.Trust;

/// <summary>
/// 'trust' over a real TLS handshake with a Kestrel endpoint standing in for an HTTPS device, for the states a lab
/// device does not reach by itself (inventory pins, malformed stores, unreachable ports, a person answering);
/// the built-in HTTPS drivers against the lab are in <c>Https/HttpsTrustTests</c>.
/// </summary>
public sealed class TrustRunTests
{
    private static readonly string Other = string.Join(':', Enumerable.Repeat("CD", 32));

    [Fact]
    public async Task FirstContact_WithYes_ShowsTheCertificateAndRecordsIt_WithoutAnHttpRequest()
    {
        using var inventory = new TrustInventory();
        await using var server = await TrustHttpsServer.StartAsync();

        var result = await inventory.TrustAsync(server.Port, yes: true);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"{TrustInventory.Device} ({TrustInventory.Driver}) 127.0.0.1:{server.Port}: new, recorded", result.Output, StringComparison.Ordinal);
        Assert.Contains("subject   CN=bmc-trust.lab", result.Output, StringComparison.Ordinal);
        Assert.Contains("issuer    CN=bmc-trust.lab (self-signed)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"sha256    {server.Fingerprint}", result.Output, StringComparison.Ordinal);
        Assert.Equal([server.Fingerprint], KnownCertificatesFile.Load(inventory.KnownCerts).FingerprintsFor("127.0.0.1", server.Port));
        Assert.StartsWith($"127.0.0.1:{server.Port} {server.Fingerprint} {TrustInventory.Device} CN=bmc-trust.lab recorded ", File.ReadAllText(inventory.KnownCerts), StringComparison.Ordinal);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task SecondRun_IsTrusted_AndWritesNothing()
    {
        using var inventory = new TrustInventory();
        await using var server = await TrustHttpsServer.StartAsync();
        await inventory.TrustAsync(server.Port, yes: true);
        var before = File.ReadAllText(inventory.KnownCerts);

        var result = await inventory.TrustAsync(server.Port, yes: true);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(": trusted\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(inventory.KnownCerts));
    }

    [Fact]
    public async Task NotAtATerminal_WithoutYes_ShowsButRecordsNothing_Exit2()
    {
        using var inventory = new TrustInventory();
        await using var server = await TrustHttpsServer.StartAsync();

        var result = await inventory.TrustAsync(server.Port);

        Assert.Equal(ExitCodes.ChangesPending, result.ExitCode);
        Assert.Contains(": new\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("pass --yes", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(inventory.KnownCerts));
    }

    [Theory]
    [InlineData("n\n", ExitCodes.Declined, false)]
    [InlineData("\n", ExitCodes.Declined, false)]
    [InlineData("yes\n", ExitCodes.Ok, true)]
    public async Task AtATerminal_AsksFirst(string answer, int expectedExit, bool recorded)
    {
        using var inventory = new TrustInventory();
        await using var server = await TrustHttpsServer.StartAsync();

        var result = await inventory.TrustAsync(server.Port, answer: answer);

        Assert.Equal(expectedExit, result.ExitCode);
        Assert.Contains($"Record 1 certificate(s) in {inventory.KnownCerts}? [y/N]", result.Error, StringComparison.Ordinal);
        Assert.Contains($"sha256    {server.Fingerprint}", result.Output, StringComparison.Ordinal);
        Assert.Equal(recorded, File.Exists(inventory.KnownCerts));
    }

    [Fact]
    public async Task Changed_IsFailure_AndReplacedOnlyWithReplace()
    {
        using var inventory = new TrustInventory();
        await using var server = await TrustHttpsServer.StartAsync();
        File.WriteAllText(inventory.KnownCerts, $"127.0.0.1:{server.Port} {Other} old certificate\n");

        var refused = await inventory.TrustAsync(server.Port, yes: true);

        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains(": CHANGED\n", refused.Output, StringComparison.Ordinal);
        Assert.Contains($"expected  {Other} (known_certs)", refused.Output, StringComparison.Ordinal);
        Assert.Contains("run again with --replace", refused.Error, StringComparison.Ordinal);
        Assert.Equal([Other], KnownCertificatesFile.Load(inventory.KnownCerts).FingerprintsFor("127.0.0.1", server.Port));

        var replaced = await inventory.TrustAsync(server.Port, yes: true, replace: true);

        Assert.Equal(ExitCodes.Ok, replaced.ExitCode);
        Assert.Equal([server.Fingerprint], KnownCertificatesFile.Load(inventory.KnownCerts).FingerprintsFor("127.0.0.1", server.Port));
    }

    [Fact]
    public async Task ChangedAgainstAnInventoryPin_IsNotRecordedEvenWithReplace()
    {
        using var inventory = new TrustInventory($", tls_certificate_sha256: '{Other}'");
        await using var server = await TrustHttpsServer.StartAsync();

        var result = await inventory.TrustAsync(server.Port, yes: true, replace: true);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains($"expected  {Other} (tls_certificate_sha256 in the inventory)", result.Output, StringComparison.Ordinal);
        Assert.Contains("the inventory pins the old one", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(inventory.KnownCerts));
    }

    [Fact]
    public async Task PinnedInTheInventory_AndPresented_IsTrusted()
    {
        await using var server = await TrustHttpsServer.StartAsync();
        using var inventory = new TrustInventory($", tls_certificate_sha256: '{server.Fingerprint.Replace(":", string.Empty, StringComparison.Ordinal)}'");

        var result = await inventory.TrustAsync(server.Port, output: "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var device = json.RootElement.GetProperty("devices")[0];
        Assert.Equal("trusted", device.GetProperty("status").GetString());
        Assert.Equal(server.Fingerprint, device.GetProperty("certificate").GetProperty("sha256").GetString());
        Assert.False(device.GetProperty("recorded").GetBoolean());
    }

    [Fact]
    public async Task Unreachable_IsReportedForTheDevice_Exit1()
    {
        using var inventory = new TrustInventory();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await inventory.TrustAsync(port, yes: true);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(": unreachable", result.Output, StringComparison.Ordinal);
        Assert.Contains($"error: {TrustInventory.Device}: TLS probe of 127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(inventory.KnownCerts));
    }

    [Fact]
    public async Task MalformedKnownCerts_StopsBeforeContact_Exit3()
    {
        using var inventory = new TrustInventory();
        await using var server = await TrustHttpsServer.StartAsync();
        File.WriteAllText(inventory.KnownCerts, "# mine\n127.0.0.1 A9:99:3E\n");

        var result = await inventory.TrustAsync(server.Port, yes: true);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains($"error: {inventory.KnownCerts}:2: not a known_certs line", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }
}
