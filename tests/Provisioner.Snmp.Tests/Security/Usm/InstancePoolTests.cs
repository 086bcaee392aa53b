using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Snmp.Tests.Security.Usm;

public sealed class InstancePoolTests
{
    [Fact]
    public void Rent_AfterReturn_GivesTheSameInstance()
    {
        using var pool = new InstancePool<Tracked>(() => new Tracked(), 2);
        var first = pool.Rent();
        pool.Return(first);

        Assert.Same(first, pool.Rent());
    }

    [Fact]
    public void Rent_WhileAllAreRented_CreatesAnother()
    {
        using var pool = new InstancePool<Tracked>(() => new Tracked(), 1);

        Assert.NotSame(pool.Rent(), pool.Rent());
    }

    [Fact]
    public void Return_WhenEverySlotIsFull_DisposesTheExtraInstance()
    {
        using var pool = new InstancePool<Tracked>(() => new Tracked(), 1);
        var first = pool.Rent();
        var second = pool.Rent();

        pool.Return(first);
        pool.Return(second);

        Assert.False(first.Disposed);
        Assert.True(second.Disposed);
    }

    [Fact]
    public void Dispose_IdleAndLaterReturned_AreDisposedAndRentFails()
    {
        var pool = new InstancePool<Tracked>(() => new Tracked(), 2);
        var idle = pool.Rent();
        var rented = pool.Rent();
        pool.Return(idle);

        pool.Dispose();
        pool.Return(rented);

        Assert.True(idle.Disposed);
        Assert.True(rented.Disposed);
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }

    [Fact]
    public async Task RentReturn_ManyThreads_NeverHandsOneInstanceToTwoCallers()
    {
        using var pool = new InstancePool<Tracked>(() => new Tracked(), 2);
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                var item = pool.Rent();
                Assert.Equal(1, Interlocked.Increment(ref item.Users));
                Thread.SpinWait(10);
                Assert.Equal(0, Interlocked.Decrement(ref item.Users));
                Assert.False(item.Disposed);
                pool.Return(item);
            }
        }));

        await Task.WhenAll(tasks);
    }

    private sealed class Tracked : IDisposable
    {
        public int Users;

        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
