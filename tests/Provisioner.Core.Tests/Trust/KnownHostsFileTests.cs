using System.Diagnostics;
using Provisioner.Abstractions;
using Provisioner.Core;

namespace Provisioner.Core.Tests.Trust;

/// <summary>The known-hosts store against keys and files made by OpenSSH's own <c>ssh-keygen</c>.</summary>
public sealed class KnownHostsFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("prov-known-hosts-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void FingerprintsFor_KeyFromSshKeygen_SameFingerprintAsSshKeygenPrints()
    {
        var (type, blob) = NewHostKey("a");
        var file = KnownHostsFile.Parse("known_hosts", [$"127.0.0.5 {type} {blob} dcp-lab-01"]);

        Assert.Equal([KeygenFingerprint("a")], file.FingerprintsFor("127.0.0.5", 22));
        Assert.Empty(file.FingerprintsFor("127.0.0.6", 22));
        Assert.Empty(file.FingerprintsFor("127.0.0.5", 2222));
    }

    [Fact]
    public void FingerprintsFor_NonStandardPort_UsesOpenSshBracketForm()
    {
        var (type, blob) = NewHostKey("b");
        var file = KnownHostsFile.Parse("known_hosts", [$"[127.0.0.5]:2222,127.0.0.9 {type} {blob}"]);

        Assert.Single(file.FingerprintsFor("127.0.0.5", 2222));
        Assert.Single(file.FingerprintsFor("127.0.0.9", 22));
        Assert.Empty(file.FingerprintsFor("127.0.0.5", 22));
    }

    [Fact]
    public void FingerprintsFor_FileHashedBySshKeygen_StillFindsTheHost()
    {
        var (type, blob) = NewHostKey("c");
        var path = Path.Combine(dir, "known_hosts");
        File.WriteAllText(path, $"127.0.0.7 {type} {blob}\n[127.0.0.8]:2222 {type} {blob}\n");
        Run("ssh-keygen", "-H", "-f", path);
        Assert.DoesNotContain("127.0.0.7", File.ReadAllText(path), StringComparison.Ordinal);

        var file = KnownHostsFile.Load(path);

        Assert.Equal([KeygenFingerprint("c")], file.FingerprintsFor("127.0.0.7", 22));
        Assert.Equal([KeygenFingerprint("c")], file.FingerprintsFor("127.0.0.8", 2222));
        Assert.Empty(file.FingerprintsFor("127.0.0.9", 22));
    }

    [Fact]
    public void Append_ThenSshKeygenFindsIt_AndReloadAgrees()
    {
        var (type, blob) = NewHostKey("d");
        var path = Path.Combine(dir, "known_hosts");
        var file = KnownHostsFile.Load(path);

        file.Append("127.0.0.10", 2222, type, blob, "ups-lab-01 2026-12-07");

        var found = Run("ssh-keygen", "-F", "[127.0.0.10]:2222", "-f", path);
        Assert.Contains(blob, found, StringComparison.Ordinal);
        Assert.Equal(file.FingerprintsFor("127.0.0.10", 2222), KnownHostsFile.Load(path).FingerprintsFor("127.0.0.10", 2222));
    }

    [Fact]
    public void Parse_MalformedAndMarkerLines_ReportedOrSkippedNeverGuessed()
    {
        var file = KnownHostsFile.Parse("inv/known_hosts", ["# comment", "", "@revoked * ssh-rsa AAAA", "127.0.0.5 ssh-ed25519 not-base64!", "127.0.0.6"]);

        Assert.Empty(file.Entries);
        Assert.Equal(["inv/known_hosts:4: not a known_hosts key line (expected 'host keytype base64-key')", "inv/known_hosts:5: not a known_hosts key line (expected 'host keytype base64-key')"], file.Problems);
    }

    [Fact]
    public void KnownPeers_TrustFor_CombinesBothStoresOfTheInventoryDirectory()
    {
        var (type, blob) = NewHostKey("e");
        File.WriteAllText(Path.Combine(dir, KnownPeers.KnownHostsFileName), $"127.0.0.5 {type} {blob}\n");
        File.WriteAllText(Path.Combine(dir, KnownPeers.KnownCertificatesFileName), "127.0.0.5 " + new string('a', 64) + "\n");

        var trust = KnownPeers.Load(dir).TrustFor("127.0.0.5", 22, 443);

        Assert.True(trust.AcceptsHostKey(KeygenFingerprint("e")));
        Assert.True(trust.AcceptsCertificate(string.Join(':', Enumerable.Repeat("AA", 32))));
    }

    private (string Type, string Blob) NewHostKey(string name)
    {
        var key = Path.Combine(dir, name);
        Run("ssh-keygen", "-q", "-t", "ed25519", "-N", string.Empty, "-f", key);
        var fields = File.ReadAllText(key + ".pub").Split(' ');
        return (fields[0], fields[1].Trim());
    }

    private string KeygenFingerprint(string name) =>
        Run("ssh-keygen", "-l", "-E", "sha256", "-f", Path.Combine(dir, name + ".pub")).Split(' ')[1];

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited {process.ExitCode}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
