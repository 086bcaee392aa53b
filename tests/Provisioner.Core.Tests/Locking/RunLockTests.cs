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
        Assert.Equal(new RunLockInfo(Environment.ProcessId, Environment.MachineName, time.GetUtcNow(), "apply"), info);
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
    public void Acquire_FreshLockFromOtherHost_Throws()
    {
        WriteLock(new RunLockInfo(4242, "other-host", time.GetUtcNow() - TimeSpan.FromMinutes(5), "apply"));

        Assert.Throws<RunLockedException>(() => RunLock.Acquire(Inventory, "apply", time));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private void WriteLock(RunLockInfo info) =>
        File.WriteAllText(Path.Combine(directory, RunLock.FileName), JsonSerializer.Serialize(info, Json));
}
