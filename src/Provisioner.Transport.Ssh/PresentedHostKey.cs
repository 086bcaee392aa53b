using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// The host key an SSH server presented: its type, its SHA-256 fingerprint (the form <c>ssh-keygen -l</c>
/// prints) and the key itself, for a person to check and for <c>provisioner trust</c> to record.
/// </summary>
/// <param name="KeyType">The key type as <c>known_hosts</c> writes it, e.g. <c>ssh-ed25519</c> or <c>ssh-rsa</c>.</param>
/// <param name="Fingerprint">The fingerprint, <see cref="PeerFingerprint.OfSshHostKey"/>'s form (<c>SHA256:…</c>).</param>
/// <param name="KeyBase64">The key blob in base64, as in <c>ssh-keyscan</c> output.</param>
public sealed record PresentedHostKey(string KeyType, string Fingerprint, string KeyBase64)
{
    /// <summary>Describes a key blob as it came off the wire.</summary>
    /// <param name="blob">The public key blob (SSH wire format).</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The blob does not start with a key type.</exception>
    public static PresentedHostKey FromBlob(ReadOnlySpan<byte> blob) => new(KeyTypeOf(blob), PeerFingerprint.OfSshHostKey(blob), Convert.ToBase64String(blob));

    /// <summary>The host name OpenSSH looks a server up by: the address alone on port 22, else <c>[address]:port</c>.</summary>
    /// <param name="host">The address as the inventory writes it.</param>
    /// <param name="port">The SSH port.</param>
    /// <returns>The name.</returns>
    public static string KnownHostsName(string host, int port)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return port == 22 ? bare : $"[{bare}]:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>This key as a <c>known_hosts</c> line, e.g. <c>[127.0.0.1]:2222 ssh-ed25519 AAAA…</c>.</summary>
    /// <param name="host">The address the key was presented on.</param>
    /// <param name="port">The SSH port.</param>
    /// <returns>The line, without a line end.</returns>
    public string ToKnownHostsLine(string host, int port) => $"{KnownHostsName(host, port)} {KeyType} {KeyBase64}";

    // The blob starts with the key type as an SSH string: a big-endian uint32 length and ASCII text.
    private static string KeyTypeOf(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < 4)
        {
            throw new FormatException("The host key blob is too short to hold a key type.");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(blob);
        if (length == 0 || length > 64 || length > (uint)(blob.Length - 4))
        {
            throw new FormatException("The host key blob does not start with a key type.");
        }

        var type = Encoding.ASCII.GetString(blob.Slice(4, (int)length));
        return type.All(c => c > ' ' && c < 127) ? type : throw new FormatException("The host key type is not printable ASCII.");
    }
}
