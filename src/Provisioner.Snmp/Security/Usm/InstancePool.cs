namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// A small lock-free pool of instances that are not thread-safe (keyed cipher transforms): <see cref="Rent"/>
/// takes a free instance or creates one, <see cref="Return"/> keeps it for the next caller, or disposes
/// it when every slot is full. Nothing blocks and nothing allocates once the pool is warm.
/// </summary>
/// <typeparam name="T">The pooled type.</typeparam>
internal sealed class InstancePool<T> : IDisposable
    where T : class, IDisposable
{
    private readonly Func<T> _create;
    private readonly T?[] _slots;
    private volatile bool _disposed;

    public InstancePool(Func<T> create, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _create = create;
        _slots = new T?[capacity];
    }

    /// <summary>The number of slots: at most this many idle instances are kept.</summary>
    public static int DefaultCapacity { get; } = Math.Clamp(Environment.ProcessorCount, 2, 16);

    /// <summary>Takes an idle instance, or creates one when none is idle.</summary>
    public T Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (var i = 0; i < _slots.Length; i++)
        {
            if (Volatile.Read(ref _slots[i]) is not null && Interlocked.Exchange(ref _slots[i], null) is { } item)
            {
                return item;
            }
        }

        return _create();
    }

    /// <summary>Gives back an instance taken with <see cref="Rent"/>; the caller must not use it afterwards.</summary>
    public void Return(T item)
    {
        if (!_disposed)
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                if (Interlocked.CompareExchange(ref _slots[i], item, null) is null)
                {
                    if (_disposed && Interlocked.Exchange(ref _slots[i], null) is { } late)
                    {
                        late.Dispose();
                    }

                    return;
                }
            }
        }

        item.Dispose();
    }

    /// <summary>Disposes the idle instances; rented ones are disposed when they come back.</summary>
    public void Dispose()
    {
        _disposed = true;
        for (var i = 0; i < _slots.Length; i++)
        {
            Interlocked.Exchange(ref _slots[i], null)?.Dispose();
        }
    }
}
