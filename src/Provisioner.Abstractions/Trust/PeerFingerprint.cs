using System.Globalization;
using System.Security.Cryptography;

namespace Provisioner.Abstractions;

/// <summary>
/// The SHA-256 fingerprints by which devices are pinned: a TLS certificate as 64 hex digits (the form
/// browsers and <c>openssl x509 -fingerprint -sha256</c> show, colons optional), an SSH host key as
/// <c>SHA256:</c> and unpadded base64 (the form <c>ssh-keygen -l</c> and OpenSSH's prompts show).
/// </summary>
public static class PeerFingerprint
{
    /// <summary>The certificate fingerprint of DER bytes, upper-case hex with colons, e.g. <c>AB:CD:…</c>.</summary>
    /// <param name="certificateDer">The certificate as DER.</param>
    /// <returns>The fingerprint.</returns>
    public static string OfCertificate(ReadOnlySpan<byte> certificateDer) => string.Join(':', SHA256.HashData(certificateDer).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));

    /// <summary>The SSH fingerprint of a public key blob (the base64-decoded key field of <c>known_hosts</c>), e.g. <c>SHA256:n5yB…</c>.</summary>
    /// <param name="publicKeyBlob">The key blob.</param>
    /// <returns>The fingerprint.</returns>
    public static string OfSshHostKey(ReadOnlySpan<byte> publicKeyBlob) => "SHA256:" + Convert.ToBase64String(SHA256.HashData(publicKeyBlob)).TrimEnd('=');

    /// <summary>
    /// Reads a certificate pin as a person writes it: 64 hex digits with or without colons, optionally
    /// prefixed <c>sha256:</c> or <c>SHA256/</c>, any case.
    /// </summary>
    /// <param name="text">The pin.</param>
    /// <param name="pin">The canonical form (<see cref="OfCertificate"/>'s), or null.</param>
    /// <returns>True when the text is a SHA-256 fingerprint.</returns>
    public static bool TryParseCertificatePin(string? text, out string? pin)
    {
        pin = null;
        if (text is null)
        {
            return false;
        }

        var body = text.Trim();
        foreach (var prefix in new[] { "sha256:", "sha256/", "sha-256:" })
        {
            if (body.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                body = body[prefix.Length..];
            }
        }

        var hex = body.Replace(":", string.Empty, StringComparison.Ordinal);
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        pin = string.Join(':', Enumerable.Range(0, 32).Select(i => hex.Substring(i * 2, 2).ToUpperInvariant()));
        return true;
    }

    /// <summary>Reads an SSH host-key fingerprint as <c>ssh-keygen -l</c> prints it: <c>SHA256:</c> and 43 base64 characters.</summary>
    /// <param name="text">The fingerprint.</param>
    /// <param name="fingerprint">The canonical form, or null.</param>
    /// <returns>True when the text is a SHA-256 SSH fingerprint.</returns>
    public static bool TryParseSshFingerprint(string? text, out string? fingerprint)
    {
        fingerprint = null;
        var body = text?.Trim();
        if (body is null || !body.StartsWith("SHA256:", StringComparison.Ordinal))
        {
            return false;
        }

        var b64 = body[7..].TrimEnd('=');
        var padded = b64 + new string('=', (4 - (b64.Length % 4)) % 4);
        Span<byte> bytes = stackalloc byte[48];
        if (b64.Length != 43 || !Convert.TryFromBase64String(padded, bytes, out var written) || written != 32)
        {
            return false;
        }

        fingerprint = "SHA256:" + b64;
        return true;
    }
}
