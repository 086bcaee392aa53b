using System.Buffers;
using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// An authentication algorithm bound to one localised key: signs and verifies whole messages with
/// HMAC objects that are keyed once and reused (pooled, as they are not thread-safe), so a message
/// pays neither the HMAC's creation nor its key schedule. Thread-safe.
/// </summary>
internal sealed class MessageAuthenticator : IDisposable
{
    private readonly AuthenticationAlgorithm _algorithm;
    private readonly byte[] _key;
    private readonly InstancePool<IncrementalHash>? _pool;

    /// <summary>Binds <paramref name="algorithm"/> to <paramref name="key"/>.</summary>
    public MessageAuthenticator(AuthenticationAlgorithm algorithm, ReadOnlySpan<byte> key)
    {
        _algorithm = algorithm;
        _key = key.ToArray();
        if (algorithm.HmacName is { } name)
        {
            _pool = new InstancePool<IncrementalHash>(() => IncrementalHash.CreateHMAC(name, _key), InstancePool<IncrementalHash>.DefaultCapacity);
        }
    }

    /// <summary>Writes the MAC of <paramref name="message"/> into its (zeroed) authentication parameters.</summary>
    public void Sign(Span<byte> message, int authOffset)
    {
        var field = message.Slice(authOffset, _algorithm.MacLength);
        field.Clear();
        Span<byte> mac = stackalloc byte[_algorithm.DigestLength];
        Hmac(message, mac);
        mac[.._algorithm.MacLength].CopyTo(field);
    }

    /// <summary>Checks the MAC at <paramref name="authOffset"/> in constant time.</summary>
    public bool Verify(ReadOnlySpan<byte> message, int authOffset, int authLength)
    {
        var macLength = _algorithm.MacLength;
        if (authLength != macLength || authOffset < 0 || authOffset + authLength > message.Length)
        {
            return false;
        }

        var copy = ArrayPool<byte>.Shared.Rent(message.Length);
        try
        {
            var span = copy.AsSpan(0, message.Length);
            message.CopyTo(span);
            span.Slice(authOffset, macLength).Clear();
            Span<byte> mac = stackalloc byte[_algorithm.DigestLength];
            Hmac(span, mac);
            return CryptographicOperations.FixedTimeEquals(mac[..macLength], message.Slice(authOffset, macLength));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    public void Dispose() => _pool?.Dispose();

    private void Hmac(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (_pool is null)
        {
            _algorithm.Hmac(_key, data, destination);
            return;
        }

        var hmac = _pool.Rent();
        hmac.AppendData(data);
        hmac.GetHashAndReset(destination);
        _pool.Return(hmac);
    }
}
