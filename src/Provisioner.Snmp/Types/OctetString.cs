using System.Text;

namespace Provisioner.Snmp.Types;

/// <summary>An OCTET STRING value: arbitrary bytes, often UTF-8 or ASCII text.</summary>
public sealed record OctetString : SnmpValue
{
    private readonly byte[] _bytes;

    /// <summary>Creates the value from a copy of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The octets.</param>
    public OctetString(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes.ToArray();
    }

    private OctetString(byte[] bytes, bool owned)
    {
        _ = owned;
        _bytes = bytes;
    }

    /// <summary>The empty string.</summary>
    public static OctetString Empty { get; } = new(Array.Empty<byte>(), owned: true);

    /// <summary>The octets.</summary>
    public ReadOnlyMemory<byte> Value => _bytes;

    /// <summary>The number of octets.</summary>
    public int Length => _bytes.Length;

    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.OctetString;

    /// <summary>Creates the value from the UTF-8 encoding of <paramref name="text"/>.</summary>
    /// <param name="text">The text, for example <c>"ups-01.example.net"</c>.</param>
    /// <returns>The value.</returns>
    public static OctetString FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new OctetString(Encoding.UTF8.GetBytes(text), owned: true);
    }

    /// <summary>Wraps <paramref name="bytes"/> without copying; the caller gives up the array.</summary>
    internal static OctetString FromOwned(byte[] bytes) => bytes.Length == 0 ? Empty : new OctetString(bytes, owned: true);

    /// <summary>The octets as a span.</summary>
    public ReadOnlySpan<byte> AsSpan() => _bytes;

    /// <summary>A copy of the octets.</summary>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    /// <summary>The octets as upper-case hexadecimal without separators, for example <c>80001F8804</c>.</summary>
    /// <returns>The hexadecimal text.</returns>
    public string ToHex() => Convert.ToHexString(_bytes);

    /// <summary>The octets decoded as UTF-8 (invalid sequences become U+FFFD).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Encoding.UTF8.GetString(_bytes);

    /// <inheritdoc/>
    public bool Equals(OctetString? other) =>
        other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }
}
