using System.Net;
using Provisioner.Lab.Devices.Apc.Nmc;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Ssh;
using Provisioner.Lab.State;

namespace Provisioner.Lab.Tests.Ssh;

/// <summary>SSH devices in <see cref="LabHost"/>: a real sshd per device on its own loopback address, reached with OpenSSH's own client.</summary>
public sealed class LabHostSshTests
{
    private const string Card = "UPS-LAB-01";

    [Fact]
    public async Task Start_SshDevice_ListensOnItsOwnAddress_MapRecordsHostKeyAndLogin_OpenSshSeesTheCard()
    {
        await using var lab = await StartAsync();
        var device = lab[Card];
        var entry = lab.ToMap(0).Find(Card)!;
        var (code, output, error) = await OpenSshSession.RunAsync(lab, device, "smtp\rexit\r");

        Assert.Equal("ssh", device.Protocol);
        Assert.Equal(165, device.Endpoint.Address.GetAddressBytes()[1]);
        Assert.Equal(("ssh", device.Endpoint.Address.ToString(), device.Endpoint.Port), (entry.Protocol, entry.Address, entry.Port));
        Assert.Equal(OpenSshTools.Check("ssh-keygen", "-l", "-E", "sha256", "-f", Path.Combine(Path.GetDirectoryName(lab.SshClientKeyPath)!, "host_ed25519.pub")).Split(' ')[1], entry.HostKeySha256);
        Assert.Equal(LabHost.SshUser, entry.SshUser);
        Assert.Equal(lab.SshClientKeyPath, entry.SshPrivateKey);
        Assert.True(code == 0, error);
        Assert.Contains($"Name      : {Card}", output, StringComparison.Ordinal);
        Assert.Contains("E000: Success", output, StringComparison.Ordinal);
        Assert.Null(lab.SshSkipped);
    }

    [Fact]
    public async Task Faults_RejectedAndLostWrites_ReachTheEmulator()
    {
        await using var lab = await StartAsync();
        var device = lab[Card];
        var card = (NmcLabModel)device.Model;
        device.Faults.RejectedObjects.Add("smtp -s");
        device.Faults.LostWrites.Add("smtp -f");
        var (_, output, _) = await OpenSshSession.RunAsync(lab, device, "smtp -s 10.6.0.25\rsmtp -f ups@example.com\rsmtp -p 2525\rexit\r");

        Assert.Contains("E102: Parameter Error", output, StringComparison.Ordinal);
        Assert.Equal("0.0.0.0", card.State.Smtp.Server);
        Assert.Equal("apc@example.com", card.State.Smtp.From);
        Assert.Equal(2525, card.State.Smtp.Port);
        Assert.Equal([false, false, true], card.State.Writes.Select(w => w.Stored));

        device.Faults.Clear();
        await OpenSshSession.RunAsync(lab, device, "smtp -s 10.6.0.25\rexit\r");
        Assert.Equal("10.6.0.25", card.State.Smtp.Server);
    }

    [Fact]
    public async Task Faults_ResetOnNextSet_DropsTheSessionAfterTheFirstStoredWrite_Once()
    {
        await using var lab = await StartAsync();
        var device = lab[Card];
        var card = (NmcLabModel)device.Model;
        device.Faults.ResetOnNextSet = true;
        var (_, dropped, _) = await OpenSshSession.RunAsync(lab, device, "smtp -s 10.6.0.25\rsmtp -p 2525\rexit\r");
        var (_, next, _) = await OpenSshSession.RunAsync(lab, device, "smtp -p 2525\rexit\r");

        Assert.DoesNotContain("E000", dropped, StringComparison.Ordinal);
        Assert.DoesNotContain("Bye.", dropped, StringComparison.Ordinal);
        Assert.Equal("10.6.0.25", card.State.Smtp.Server);
        Assert.Contains("E000: Success", next, StringComparison.Ordinal);
        Assert.Equal(2525, card.State.Smtp.Port);
        Assert.Null(card.State.Faults.DropAfterWrites);
    }

    [Fact]
    public async Task Faults_Latency_SlowsEveryAnswer()
    {
        await using var lab = await StartAsync();
        var device = lab[Card];
        device.Faults.Latency = TimeSpan.FromMilliseconds(700);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (code, output, _) = await OpenSshSession.RunAsync(lab, device, "smtp\rexit\r");

        Assert.Equal(0, code);
        Assert.Contains("E000: Success", output, StringComparison.Ordinal);
        Assert.Equal(700, ((NmcLabModel)device.Model).State.Faults.DelayMs);
        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(1400), $"{started.Elapsed}: banner and answer each wait 700 ms");
    }

    [Fact]
    public async Task State_SavesTheCardsValues_AndAnotherLabLoadsThem_KeepingItsFaults()
    {
        LabStateFile saved;
        await using (var first = await StartAsync())
        {
            await OpenSshSession.RunAsync(first, first[Card], "smtp -s 10.6.0.25\remail -t1 ops@example.com\rexit\r");
            saved = first.SaveState();
        }

        await using var second = await StartAsync();
        second[Card].Faults.Silent = true;
        second.LoadState(saved);
        var state = ((NmcLabModel)second[Card].Model).State;

        Assert.DoesNotContain("writes", Assert.Single(saved.Devices[Card]), StringComparison.Ordinal);
        Assert.Equal("10.6.0.25", state.Smtp.Server);
        Assert.Equal("ops@example.com", state.Recipients[0].To);
        Assert.True(state.Faults.Silent);
        Assert.Throws<LabStateException>(() => second.LoadState(new LabStateFile { Devices = new Dictionary<string, IReadOnlyList<string>> { [Card] = ["not json"] } }));
    }

    [Fact]
    public async Task Start_WithoutSshd_SkipsTheSshDevicesWithOneLine_AndRunsTheOthers()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-sshd-{Guid.NewGuid():N}");
        await using var lab = await LabHost.StartAsync(
            [new LabDeviceSpec(Card, "apc.nmc", "10.6.20.18"), new LabDeviceSpec("DCP-LAB-02", "eaton.sc200", "10.6.10.12") { Communities = ["c"] }],
            new LabHostOptions { AddressRange = 165, PreferredSnmpPort = null, PreferredSshPort = null, SshdPath = missing },
            CancellationToken.None);

        Assert.Equal($"SSH devices skipped: no OpenSSH server at {missing} (install openssh-server): {Card}.", lab.SshSkipped);
        Assert.Equal(["DCP-LAB-02"], lab.Devices.Select(d => d.Name));
        Assert.Null(lab.SshClientKeyPath);
        Assert.Null(OpenSshTools.Problem(OpenSshTools.DefaultSshdPath, terminal: false));
    }

    private static Task<LabHost> StartAsync() => LabHost.StartAsync(
        [new LabDeviceSpec(Card, "apc.nmc", "10.6.20.18")],
        new LabHostOptions { AddressRange = 165, PreferredSnmpPort = null, PreferredHttpsPort = null, PreferredSshPort = null, SshTerminals = false },
        CancellationToken.None);

    /// <summary>Never an address outside loopback.</summary>
    [Fact]
    public async Task Sshd_RefusesANonLoopbackAddress()
    {
        var folder = Directory.CreateTempSubdirectory("provisioner-sshd-guard-").FullName;
        await Assert.ThrowsAsync<Provisioner.Lab.Network.LabNetworkException>(() => SshdProcess.StartAsync(
            new SshdOptions { Address = IPAddress.Parse("192.0.2.1"), Directory = folder, HostKeyPath = "x", AuthorizedKeysPath = "y", ForceCommand = "true" },
            CancellationToken.None));
        Directory.Delete(folder);
    }
}
