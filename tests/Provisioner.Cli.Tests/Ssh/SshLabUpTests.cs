using System.Text.Json;
using Provisioner.Cli.Tests.Support;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Tests.Ssh;

/// <summary>'lab up' with the demo's APC card behind a real sshd: the map, 'trust --lab' into known_hosts, apply, saved state.</summary>
public sealed class SshLabUpTests
{
    [Fact]
    public async Task LabUp_SshCard_TrustRecordsHostKey_ApplyChangesIt_StateSavesAndLoads()
    {
        using var lab = new SshLab();
        var environment = SshLab.Environment();
        var state = Path.Combine(lab.Directory, "state.json");
        var up = CliRun.RunAsync(environment, "lab", "up", lab.Directory, "--state", state);
        await lab.WaitForMapAsync(up);
        Assert.False(up.IsCompleted, up.IsCompleted ? (await up).Output + (await up).Error : string.Empty);
        var entry = (await LabMap.LoadAsync(lab.MapPath, CancellationToken.None)).Find(SshLab.Card)!;
        var trust = await CliRun.RunAsync(environment, "trust", lab.Directory, "--lab", "--yes", "--device", SshLab.Card);
        var knownHosts = await File.ReadAllTextAsync(Path.Combine(lab.Directory, ".provisioner", "known_hosts"));
        var apply = await CliRun.RunAsync(environment, "apply", lab.Directory, "--lab", "--yes", "--device", SshLab.Card, "-o", "json");
        var down = await CliRun.RunAsync("lab", "down", lab.Directory);
        var upResult = await up;

        Assert.True(upResult.ExitCode == ExitCodes.Ok, upResult.Output + upResult.Error);
        Assert.Equal(0, down.ExitCode);
        Assert.Equal("ssh", entry.Protocol);
        Assert.StartsWith("127.", entry.Address, StringComparison.Ordinal);
        Assert.Matches("^SHA256:[A-Za-z0-9+/]{43}$", entry.HostKeySha256!);
        Assert.True(File.Exists(entry.SshPrivateKey), entry.SshPrivateKey);
        Assert.StartsWith(Path.Combine(lab.Directory, ".provisioner", "lab-ssh"), entry.SshPrivateKey, StringComparison.Ordinal);
        Assert.Contains($"host key {entry.HostKeySha256}", upResult.Output, StringComparison.Ordinal);
        Assert.True(trust.ExitCode == ExitCodes.Ok, trust.Output + trust.Error);
        Assert.Contains(entry.HostKeySha256!, trust.Output, StringComparison.Ordinal);
        Assert.Contains(entry.Port == 22 ? $"{entry.Address} ssh-ed25519 " : $"[{entry.Address}]:{entry.Port} ssh-ed25519 ", knownHosts, StringComparison.Ordinal);
        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.Output + apply.Error);
        using (var report = JsonDocument.Parse(apply.Output))
        {
            Assert.Equal("changed", Assert.Single(report.RootElement.GetProperty("devices").EnumerateArray()).GetProperty("outcome").GetString());
        }

        // The card's values went into the state file on stop; a new lab loads them, so a plan finds nothing to change.
        var saved = await LabStateFile.LoadAsync(state, CancellationToken.None);
        Assert.Contains("10.6.0.25", Assert.Single(saved.Devices[SshLab.Card]), StringComparison.Ordinal);
        var again = CliRun.RunAsync(environment, "lab", "up", lab.Directory, "--state", state);
        await lab.WaitForMapAsync(again);
        var plan = await CliRun.RunAsync(environment, "plan", lab.Directory, "--lab", "--device", SshLab.Card, "-o", "json");
        await CliRun.RunAsync("lab", "down", lab.Directory);
        Assert.Equal(ExitCodes.Ok, (await again).ExitCode);
        Assert.True(plan.ExitCode == ExitCodes.Ok, plan.Output + plan.Error);
        Assert.DoesNotContain("demo-ssh-password", upResult.Output + upResult.Error + apply.Output + apply.Error + plan.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabUp_WithoutSshd_SaysInOneLineTheSshDevicesAreSkipped_AndRunsTheOthers()
    {
        using var lab = new SshLab();
        var environment = SshLab.Environment(sshd: Path.Combine(lab.Directory, "no-such-sshd"));
        var up = CliRun.RunAsync(environment, "lab", "up", lab.Directory);
        await lab.WaitForMapAsync(up);
        Assert.False(up.IsCompleted, up.IsCompleted ? (await up).Output + (await up).Error : string.Empty);
        var map = await LabMap.LoadAsync(lab.MapPath, CancellationToken.None);
        var down = await CliRun.RunAsync("lab", "down", lab.Directory);
        var upResult = await up;

        Assert.True(upResult.ExitCode == ExitCodes.Ok, upResult.Output + upResult.Error);
        Assert.Equal(0, down.ExitCode);
        Assert.Null(map.Find(SshLab.Card));
        Assert.Equal(10, map.Devices.Count); // the demo inventory's twelve devices but the two SSH ones
        var line = Assert.Single(upResult.Error.Split('\n'), l => l.Contains("SSH", StringComparison.Ordinal));
        Assert.Equal($"note: SSH devices skipped: no OpenSSH server at {Path.Combine(lab.Directory, "no-such-sshd")} (install openssh-server): {SshLab.Card}, SAN-DEMO-12.", line.TrimEnd('\r'));
        Assert.DoesNotContain("error", upResult.Error, StringComparison.OrdinalIgnoreCase);
    }
}
