using System.Text.Json;
using Provisioner.Cli.Tests.Support;
using Provisioner.Core;

namespace Provisioner.Cli.Tests.Commands;

public sealed class ApplyRunLockTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public async Task Apply_AfterAKilledRun_WarnsThatItWasInterruptedAndNamesItsDevices()
    {
        using var inventory = new DemoCopy();
        await using var lab = await DemoLab.StartAsync(111);
        var killed = new RunLockInfo(int.MaxValue - 7, Environment.MachineName, DateTimeOffset.UtcNow.AddMinutes(-3), "apply", "linux:1");
        await File.WriteAllTextAsync(Path.Combine(inventory.Directory, RunLock.FileName), JsonSerializer.Serialize(killed, Json) + "\nDCP-DEMO-01\nDCP-DEMO-02\n");

        var result = await CliRun.RunAsync(DemoLab.Environment, "apply", inventory.Directory, "--lab", lab.MapPath, "--yes");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("warning: The previous run (apply, pid 2147483640", result.Error, StringComparison.Ordinal);
        Assert.Contains("interrupted", result.Error, StringComparison.Ordinal);
        Assert.Contains("DCP-DEMO-01, DCP-DEMO-02", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(inventory.Directory, RunLock.FileName)));
    }

    [Fact]
    public async Task Apply_LockFromAnotherHost_StopsAtOnceNamingTheHostAndBreakLockTakesIt()
    {
        using var inventory = new DemoCopy();
        await using var lab = await DemoLab.StartAsync(112);
        var remote = new RunLockInfo(4242, "ops-other-host", DateTimeOffset.UtcNow.AddMinutes(-5), "apply");
        await File.WriteAllTextAsync(Path.Combine(inventory.Directory, RunLock.FileName), JsonSerializer.Serialize(remote, Json) + "\n");

        var refused = await CliRun.RunAsync(DemoLab.Environment, "apply", inventory.Directory, "--lab", lab.MapPath, "--yes");
        var writesWhileRefused = lab.Writes;
        var broken = await CliRun.RunAsync(DemoLab.Environment, "apply", inventory.Directory, "--lab", lab.MapPath, "--yes", "--break-lock");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("host ops-other-host", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--break-lock", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, writesWhileRefused);
        Assert.True(broken.ExitCode == 0, broken.Output + broken.Error);
        Assert.Contains("taken over with --break-lock", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_LockPathIsADirectory_FailsWithAClearErrorNotACrash()
    {
        using var inventory = new DemoCopy();
        Directory.CreateDirectory(Path.Combine(inventory.Directory, RunLock.FileName));

        var result = await CliRun.RunAsync(DemoLab.Environment, "apply", inventory.Directory, "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is a directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_DanglingLockSymlink_FailsNamingTheLink()
    {
        using var inventory = new DemoCopy();
        File.CreateSymbolicLink(Path.Combine(inventory.Directory, RunLock.FileName), "/nonexistent/provisioner.lock");

        var result = await CliRun.RunAsync(DemoLab.Environment, "apply", inventory.Directory, "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("symbolic link", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("()", result.Error, StringComparison.Ordinal);
    }
}
