using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Cli.Options;
using Provisioner.Core;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Tests.Trust;

/// <summary>'trust' over a real SSH key exchange with OpenSSH's sshd standing in for an SSH device.</summary>
public sealed class TrustSshTests(TrustSshServer server) : IClassFixture<TrustSshServer>
{
    private const DriverTransport Ssh = DriverTransport.Ssh;

    [Fact]
    public async Task FirstContact_WithYes_ShowsKeyAndFingerprint_RecordsALineOpenSshTrusts_WithoutLoggingIn()
    {
        using var inventory = new TrustInventory();
        var before = server.OpenSshLogin(inventory.KnownHosts);
        Assert.NotEqual(0, before.ExitCode);
        Assert.Contains("Host key verification failed", before.Error, StringComparison.Ordinal);
        var logins = CountLogins();

        var result = await inventory.TrustAsync(server.Port, yes: true, transport: Ssh);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"UPS-01 ({TrustInventory.Driver}) 127.0.0.1:{server.Port}: new, recorded\n  key       ssh-ed25519\n  sha256    {server.Fingerprint}\n", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Recorded 1 host key(s) in {inventory.KnownHosts}.", result.Error, StringComparison.Ordinal);
        Assert.StartsWith($"[127.0.0.1]:{server.Port} ssh-ed25519 AAAA", File.ReadAllText(inventory.KnownHosts), StringComparison.Ordinal);
        Assert.Equal([server.Fingerprint], KnownHostsFile.Load(inventory.KnownHosts).FingerprintsFor("127.0.0.1", server.Port));
        Assert.Equal(logins, CountLogins());

        var found = TrustSshServer.Run("ssh-keygen", "-F", $"[127.0.0.1]:{server.Port}", "-f", inventory.KnownHosts);
        Assert.Equal(0, found.ExitCode);
        var after = server.OpenSshLogin(inventory.KnownHosts);
        Assert.True(after.ExitCode == 0, after.Error);
        Assert.Equal(TrustSshServer.Greeting + "\n", after.Output);
        Assert.True(CountLogins() > logins, "a real login shows in sshd's log, so the count above can see one");
    }

    [Fact]
    public async Task SecondRun_IsTrusted_AndWritesNothing()
    {
        using var inventory = new TrustInventory();
        await inventory.TrustAsync(server.Port, yes: true, transport: Ssh);
        var before = File.ReadAllText(inventory.KnownHosts);

        var result = await inventory.TrustAsync(server.Port, yes: true, transport: Ssh);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"127.0.0.1:{server.Port}: trusted\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(inventory.KnownHosts));
    }

    [Fact]
    public async Task NotAtATerminal_WithoutYes_ShowsButRecordsNothing_Exit2()
    {
        using var inventory = new TrustInventory();

        var result = await inventory.TrustAsync(server.Port, transport: Ssh);

        Assert.Equal(ExitCodes.ChangesPending, result.ExitCode);
        Assert.Contains(": new\n", result.Output, StringComparison.Ordinal);
        Assert.Contains($"1 host key(s) in {inventory.KnownHosts} not recorded: pass --yes", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(inventory.KnownHosts));
    }

    [Theory]
    [InlineData("n\n", ExitCodes.Declined, false)]
    [InlineData("y\n", ExitCodes.Ok, true)]
    public async Task AtATerminal_AsksFirst(string answer, int expectedExit, bool recorded)
    {
        using var inventory = new TrustInventory();

        var result = await inventory.TrustAsync(server.Port, answer: answer, transport: Ssh);

        Assert.Equal(expectedExit, result.ExitCode);
        Assert.Contains($"Record 1 host key(s) in {inventory.KnownHosts}? [y/N]", result.Error, StringComparison.Ordinal);
        Assert.Contains($"sha256    {server.Fingerprint}", result.Output, StringComparison.Ordinal);
        Assert.Equal(recorded, File.Exists(inventory.KnownHosts));
    }

    [Fact]
    public async Task Changed_IsFailure_AndReplacedOnlyWithReplace_ThenOpenSshTrustsTheNewKey()
    {
        using var inventory = new TrustInventory();
        File.WriteAllText(inventory.KnownHosts, $"# admin's notes\n[127.0.0.1]:{server.Port} {server.OtherKey.Type} {server.OtherKey.Blob} old key\n");

        var refused = await inventory.TrustAsync(server.Port, yes: true, transport: Ssh);

        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains($": CHANGED\n  key       ssh-ed25519\n  sha256    {server.Fingerprint}\n  expected  {server.OtherFingerprint} (known_hosts)\n", refused.Output, StringComparison.Ordinal);
        Assert.Contains("the host key CHANGED", refused.Error, StringComparison.Ordinal);
        Assert.Contains($"run again with --replace to record the new one in {inventory.KnownHosts}", refused.Error, StringComparison.Ordinal);
        Assert.Equal([server.OtherFingerprint], KnownHostsFile.Load(inventory.KnownHosts).FingerprintsFor("127.0.0.1", server.Port));
        Assert.NotEqual(0, server.OpenSshLogin(inventory.KnownHosts).ExitCode);

        var replaced = await inventory.TrustAsync(server.Port, yes: true, replace: true, transport: Ssh);

        Assert.Equal(ExitCodes.Ok, replaced.ExitCode);
        Assert.Contains(": CHANGED, recorded\n", replaced.Output, StringComparison.Ordinal);
        Assert.Equal([server.Fingerprint], KnownHostsFile.Load(inventory.KnownHosts).FingerprintsFor("127.0.0.1", server.Port));
        Assert.StartsWith("# admin's notes\n", File.ReadAllText(inventory.KnownHosts), StringComparison.Ordinal);
        Assert.Equal(0, server.OpenSshLogin(inventory.KnownHosts).ExitCode);
    }

    [Fact]
    public async Task ChangedAgainstAnInventoryPin_IsNotRecordedEvenWithReplace()
    {
        using var inventory = new TrustInventory($", ssh_host_key_sha256: '{server.OtherFingerprint}'");

        var result = await inventory.TrustAsync(server.Port, yes: true, replace: true, transport: Ssh);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains($"expected  {server.OtherFingerprint} (ssh_host_key_sha256 in the inventory)", result.Output, StringComparison.Ordinal);
        Assert.Contains("the inventory pins the old one (ssh_host_key_sha256)", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(inventory.KnownHosts));
    }

    [Fact]
    public async Task PinnedInTheInventory_AndPresented_IsTrusted_Json()
    {
        using var inventory = new TrustInventory($", ssh_host_key_sha256: '{server.Fingerprint}'");

        var result = await inventory.TrustAsync(server.Port, output: OutputFormat.Json, transport: Ssh);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var device = json.RootElement.GetProperty("devices")[0];
        Assert.Equal("trusted", device.GetProperty("status").GetString());
        Assert.Equal("ssh", device.GetProperty("transport").GetString());
        Assert.Equal(server.Fingerprint, device.GetProperty("host_key").GetProperty("sha256").GetString());
        Assert.Equal("ssh-ed25519", device.GetProperty("host_key").GetProperty("type").GetString());
        Assert.StartsWith($"[127.0.0.1]:{server.Port} ssh-ed25519 AAAA", device.GetProperty("host_key").GetProperty("known_hosts_line").GetString(), StringComparison.Ordinal);
        Assert.False(device.TryGetProperty("certificate", out _));
        Assert.False(File.Exists(inventory.KnownHosts));
    }

    [Fact]
    public async Task Unreachable_IsReportedForTheDevice_Exit1()
    {
        using var inventory = new TrustInventory();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await inventory.TrustAsync(port, yes: true, transport: Ssh);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains($"127.0.0.1:{port}: unreachable", result.Output, StringComparison.Ordinal);
        Assert.Contains("error: UPS-01: ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(inventory.KnownHosts));
    }

    [Fact]
    public async Task Lab_RecordsInTheLabsKnownHosts_NeverTheInventorys()
    {
        using var inventory = new TrustInventory();
        var map = Path.Combine(inventory.Root, ".provisioner", "lab.json");
        await new LabMap
        {
            SmtpCapture = "127.0.0.1:2525",
            Devices = [new LabMapEntry("UPS-01", TrustInventory.Driver, "127.0.0.1", "ssh", "127.0.0.1", server.Port)],
        }.SaveAsync(map, CancellationToken.None);

        var result = await inventory.TrustAsync(12345, yes: true, labMap: map, transport: Ssh);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal([server.Fingerprint], KnownHostsFile.Load(inventory.LabKnownHosts).FingerprintsFor("127.0.0.1", server.Port));
        Assert.False(File.Exists(inventory.KnownHosts));
    }

    [Fact]
    public async Task MalformedLabKnownHosts_StopsBeforeContact_Exit3()
    {
        using var inventory = new TrustInventory();
        var map = Path.Combine(inventory.Root, ".provisioner", "lab.json");
        await new LabMap
        {
            SmtpCapture = "127.0.0.1:2525",
            Devices = [new LabMapEntry("UPS-01", TrustInventory.Driver, "127.0.0.1", "ssh", "127.0.0.1", server.Port)],
        }.SaveAsync(map, CancellationToken.None);
        File.WriteAllText(inventory.LabKnownHosts, "127.0.0.1 ssh-ed25519 not-base64!\n");

        var result = await inventory.TrustAsync(12345, yes: true, labMap: map, transport: Ssh);

        Assert.Equal(ExitCodes.InventoryErrors, result.ExitCode);
        Assert.Contains($"error: {inventory.LabKnownHosts}:1: not a known_hosts key line", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    /// <summary>How many user authentications sshd has seen (the probe must never start one).</summary>
    private int CountLogins() => server.Log.Split('\n').Count(line => line.Contains("userauth-request", StringComparison.Ordinal));
}
