using System.Buffers;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// RFC 3414 appendix A.2 password-to-key and key localisation, plus the two key extensions used for
/// AES-192/256: draft-blumenthal-aes-usm-04 §3.1.2.1 (net-snmp "AES192/AES256") and
/// draft-reeder-snmpv3-usm-3desede-00 §2.1 (Cisco, net-snmp "AES192C/AES256C").
/// </summary>
internal static class KeyLocalization
{
    /// <summary>The 1 MB of repeated pass phrase that RFC 3414 A.2 hashes.</summary>
    public const int ExpansionLength = 1024 * 1024;

    /// <summary>Ku: the hash of the pass phrase repeated to 1,048,576 octets.</summary>
    public static byte[] PasswordToKey(AuthenticationAlgorithm algorithm, ReadOnlySpan<byte> password)
    {
        if (password.IsEmpty)
        {
            throw new ArgumentException("The pass phrase must not be empty.", nameof(password));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ExpansionLength);
        try
        {
            var expanded = buffer.AsSpan(0, ExpansionLength);
            var written = 0;
            while (written < ExpansionLength)
            {
                var take = Math.Min(password.Length, ExpansionLength - written);
                password[..take].CopyTo(expanded[written..]);
                written += take;
            }

            var key = new byte[algorithm.DigestLength];
            algorithm.Hash(expanded, key);
            return key;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Kul = H(Ku || engineID || Ku).</summary>
    public static byte[] Localize(AuthenticationAlgorithm algorithm, ReadOnlySpan<byte> ku, ReadOnlySpan<byte> engineId)
    {
        var input = new byte[(ku.Length * 2) + engineId.Length];
        ku.CopyTo(input);
        engineId.CopyTo(input.AsSpan(ku.Length));
        ku.CopyTo(input.AsSpan(ku.Length + engineId.Length));
        var key = new byte[algorithm.DigestLength];
        algorithm.Hash(input, key);
        return key;
    }

    /// <summary>Blumenthal: append H(key so far) until long enough, then truncate.</summary>
    public static byte[] ExtendBlumenthal(AuthenticationAlgorithm algorithm, byte[] kul, int length)
    {
        var key = kul;
        while (key.Length < length)
        {
            var digest = new byte[algorithm.DigestLength];
            algorithm.Hash(key, digest);
            key = [.. key, .. digest];
        }

        return key[..length];
    }

    /// <summary>Reeder: append Localize(PasswordToKey(key so far), engineID) until long enough, then truncate.</summary>
    public static byte[] ExtendReeder(AuthenticationAlgorithm algorithm, byte[] kul, ReadOnlySpan<byte> engineId, int length)
    {
        var key = kul;
        while (key.Length < length)
        {
            var ku = PasswordToKey(algorithm, key);
            key = [.. key, .. Localize(algorithm, ku, engineId)];
        }

        return key[..length];
    }
}
