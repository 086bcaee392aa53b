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
    public void Record_Replace_DropsOnlyThatEndpointsKeys_KeepsOtherNamesCommentsAndUnreadableLines()
    {
        var (type, oldBlob) = NewHostKey("f");
        var (_, otherBlob) = NewHostKey("g");
        var (_, newBlob) = NewHostKey("h");
        var path = Path.Combine(dir, "known_hosts");
        File.WriteAllText(path, $"# mine\n[127.0.0.11]:2222,127.0.0.12 {type} {oldBlob} shared\n[127.0.0.11]:2222 ssh-rsa {oldBlob}\n127.0.0.13 {type} {otherBlob}\n127.0.0.14 broken\n@revoked [127.0.0.11]:2222 {type} {otherBlob}");
        var file = KnownHostsFile.Load(path);

        file.Record("127.0.0.11", 2222, type, newBlob, "ups-lab-02 replaced", replace: true);

        Assert.Equal(
            ["# mine", $"127.0.0.12 {type} {oldBlob} shared", $"127.0.0.13 {type} {otherBlob}", "127.0.0.14 broken", $"@revoked [127.0.0.11]:2222 {type} {otherBlob}", $"[127.0.0.11]:2222 {type} {newBlob} ups-lab-02 replaced"],
            File.ReadAllLines(path));
        Assert.Equal([KeygenFingerprint("h")], file.FingerprintsFor("127.0.0.11", 2222));
        Assert.Equal([KeygenFingerprint("h")], KnownHostsFile.Load(path).FingerprintsFor("127.0.0.11", 2222));
        Assert.Equal([KeygenFingerprint("f")], KnownHostsFile.Load(path).FingerprintsFor("127.0.0.12", 22));
        Assert.Contains(newBlob, Run("ssh-keygen", "-F", "[127.0.0.11]:2222", "-f", path), StringComparison.Ordinal);
    }

    [Fact]
    public void Record_Replace_DropsAHashedLineNamingTheEndpoint()
    {
        var (type, oldBlob) = NewHostKey("i");
        var (_, newBlob) = NewHostKey("j");
        var path = Path.Combine(dir, "known_hosts");
        File.WriteAllText(path, $"[127.0.0.15]:2222 {type} {oldBlob}\n127.0.0.16 {type} {oldBlob}\n");
        Run("ssh-keygen", "-H", "-f", path);

        KnownHostsFile.Load(path).Record("127.0.0.15", 2222, type, newBlob, null, replace: true);

        var reloaded = KnownHostsFile.Load(path);
        Assert.Equal([KeygenFingerprint("j")], reloaded.FingerprintsFor("127.0.0.15", 2222));
        Assert.Equal([KeygenFingerprint("i")], reloaded.FingerprintsFor("127.0.0.16", 22));
    }

    [Fact]
    public void Record_WithoutReplace_AddsToTheKeysAlreadyThere_AndLeavesNoTemporaryFile()
    {
        var (type, oldBlob) = NewHostKey("k");
        var (_, newBlob) = NewHostKey("l");
        var path = Path.Combine(dir, "known_hosts");
        File.WriteAllText(path, $"127.0.0.17 {type} {oldBlob}");

        KnownHostsFile.Load(path).Record("127.0.0.17", 22, type, newBlob, null, replace: false);

        Assert.Equal([$"127.0.0.17 {type} {oldBlob}", $"127.0.0.17 {type} {newBlob}"], File.ReadAllLines(path));
        Assert.Empty(Directory.GetFiles(dir, ".known_hosts.*"));
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
