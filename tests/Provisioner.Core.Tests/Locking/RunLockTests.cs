using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Provisioner.Core.Tests.Locking;

public sealed class RunLockTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly string directory = Directory.CreateTempSubdirectory("provisioner-lock-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private string Inventory => Path.Combine(directory, "inventory.yaml");

    [Fact]
    public void Acquire_NoLock_WritesPidHostAndStartTimeNextToInventory()
    {
        using var held = RunLock.Acquire(Inventory, "apply", time);

        var info = RunLock.Read(Path.Combine(directory, RunLock.FileName));
        Assert.Equal(new RunLockInfo(Environment.ProcessId, Environment.MachineName, time.GetUtcNow(), "apply", ProcessLiveness.CurrentStartStamp()), info);
        Assert.Null(held.Interrupted);
    }

    [Fact]
    public void Acquire_HeldByLiveRun_ThrowsNamingTheHolder()
    {
        using var held = RunLock.Acquire(Inventory, "apply", time);

        var ex = Assert.Throws<RunLockedException>(() => RunLock.Acquire(directory, "plan", time));
        Assert.Equal(held.Info, ex.Holder);
        Assert.Contains($"pid {Environment.ProcessId}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_ReleasesSoTheNextRunCanTakeIt()
    {
        RunLock.Acquire(Inventory, "apply", time).Dispose();

        using var again = RunLock.Acquire(Inventory, "apply", time);
        Assert.True(File.Exists(again.Path));
    }

    [Fact]
    public void Acquire_LockOfDeadProcessOnThisHost_IsTakenOver()
    {
        WriteLock(new RunLockInfo(int.MaxValue - 7, Environment.MachineName, time.GetUtcNow(), "apply"));

        using var taken = RunLock.Acquire(Inventory, "apply", time);

        Assert.Equal(Environment.ProcessId, RunLock.Read(taken.Path)!.ProcessId);
    }

    [Fact]
    public void Acquire_OldLockFromOtherHost_IsTakenOver()
    {
        WriteLock(new RunLockInfo(4242, "other-host", time.GetUtcNow() - TimeSpan.FromHours(13), "apply"));

        using var taken = RunLock.Acquire(Inventory, "apply", time);

        Assert.Equal(Environment.MachineName, RunLock.Read(taken.Path)!.Host);
    }

    [Fact]
    public void Acquire_FreshLockFromOtherHost_ThrowsNamingTheHostAndHowToTakeItOver()
    {
        WriteLock(new RunLockInfo(4242, "other-host", time.GetUtcNow() - TimeSpan.FromMinutes(5), "apply"));

        var ex = Assert.Throws<RunLockedException>(() => RunLock.Acquire(Inventory, "apply", time));

        Assert.Contains("host other-host", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--break-lock", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(directory, RunLock.FileName), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_FreshLockFromOtherHostWithBreakLock_IsTakenOverAndReported()
    {
        WriteLock(new RunLockInfo(4242, "other-host", time.GetUtcNow() - TimeSpan.FromMinutes(5), "apply"), "UPS-01");

        using var taken = RunLock.Acquire(Inventory, "apply", time, breakLock: true);

        Assert.Equal("other-host", taken.Interrupted!.Holder!.Host);
        Assert.Equal(["UPS-01"], taken.Interrupted.StartedDevices);
    }

    [Fact]
    public void Acquire_LiveRunOnThisHostWithBreakLock_StillThrows()
    {
        using var held = RunLock.Acquire(Inventory, "apply", time);

        Assert.Throws<RunLockedException>(() => RunLock.Acquire(Inventory, "apply", time, breakLock: true));
    }

    [Fact]
    public void Acquire_LockOfKilledRun_ReportsTheInterruptedRunAndTheDevicesItHadStarted()
    {
        var dead = new RunLockInfo(int.MaxValue - 7, Environment.MachineName, time.GetUtcNow(), "apply");
        WriteLock(dead, "UPS-01", "PDU-02");

        using var taken = RunLock.Acquire(Inventory, "apply", time);

        Assert.Equal(dead, taken.Interrupted!.Holder);
        Assert.Equal(["UPS-01", "PDU-02"], taken.Interrupted.StartedDevices);
        Assert.Contains("UPS-01, PDU-02", taken.Interrupted.Describe(), StringComparison.Ordinal);
        Assert.Contains("interrupted", taken.Interrupted.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void RecordStarted_AppendsEveryStartedDeviceToTheLockFile()
    {
        using var held = RunLock.Acquire(Inventory, "apply", time);

        held.RecordStarted("UPS-01");
        held.RecordStarted("PDU-02");

        using var stream = new FileStream(held.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var lines = new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["UPS-01", "PDU-02"], lines[1..]);
        Assert.Equal(held.Info, RunLock.Read(held.Path));
    }

    [Fact]
    public void Acquire_LivePidWithAnotherStartStamp_IsPidReuseAndTakenOver()
    {
        // PID 1 always runs (init, or the container's first process), but it is not the run that wrote the lock.
        WriteLock(new RunLockInfo(1, Environment.MachineName, time.GetUtcNow(), "apply", "linux:0"));

        using var taken = RunLock.Acquire(Inventory, "apply", time);

        Assert.Contains("pid 1 now belongs to another process", taken.Interrupted!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_OldFormatLockOfALivePidYoungerThanTheLock_IsPidReuseAndTakenOver()
    {
        // No start stamp (a lock written by an older version). PID 1 started after 2000, so it cannot be the run that wrote this lock.
        WriteLock(new RunLockInfo(1, Environment.MachineName, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), "apply"));

        using var taken = RunLock.Acquire(Inventory, "apply", time);

        Assert.Contains("pid 1 now belongs to another process", taken.Interrupted!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_LockPathIsADirectory_ThrowsSayingWhatToRemove()
    {
        Directory.CreateDirectory(Path.Combine(directory, RunLock.FileName));

        var ex = Assert.Throws<RunLockedException>(() => RunLock.Acquire(Inventory, "apply", time));

        Assert.Contains("is a directory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_DanglingSymlink_ThrowsNamingTheLink()
    {
        File.CreateSymbolicLink(Path.Combine(directory, RunLock.FileName), Path.Combine(directory, "nowhere"));

        var ex = Assert.Throws<RunLockedException>(() => RunLock.Acquire(Inventory, "apply", time));

        Assert.Contains("symbolic link", ex.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("()", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private void WriteLock(RunLockInfo info, params string[] startedDevices) =>
        File.WriteAllText(Path.Combine(directory, RunLock.FileName), string.Join('\n', [JsonSerializer.Serialize(info, Json), .. startedDevices]) + "\n");
}
