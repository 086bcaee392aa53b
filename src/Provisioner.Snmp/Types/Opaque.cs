namespace Provisioner.Snmp.Types;

/// <summary>An Opaque value: BER-wrapped bytes of arbitrary content (RFC 2578 §7.1.9).</summary>
public sealed record Opaque : SnmpValue
{
    private readonly byte[] _bytes;

    /// <summary>Creates the value from a copy of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The wrapped octets.</param>
    public Opaque(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes.ToArray();
    }

    /// <summary>The wrapped octets.</summary>
    public ReadOnlyMemory<byte> Value => _bytes;

    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.Opaque;

    /// <summary>The octets as upper-case hexadecimal.</summary>
    /// <returns>The hexadecimal text.</returns>
    public string ToHex() => Convert.ToHexString(_bytes);

    /// <inheritdoc/>
    public override string ToString() => ToHex();

    /// <inheritdoc/>
    public bool Equals(Opaque? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }
}
