using Provisioner.Abstractions;

namespace Provisioner.Inventory.Loading;

/// <summary>
/// Reads the peer pins a credential set or a device may carry: <c>tls_certificate_sha256</c> (the
/// SHA-256 of the device's HTTPS certificate, 64 hex digits, colons optional) and
/// <c>ssh_host_key_sha256</c> (the host key's fingerprint as <c>ssh-keygen -l</c> prints it,
/// <c>SHA256:</c> and 43 base64 characters). A malformed pin is an error at its file:line:column.
/// </summary>
internal static class PeerPinReader
{
    /// <summary>The key of the TLS certificate pin.</summary>
    public const string CertificateKey = "tls_certificate_sha256";

    /// <summary>The key of the SSH host-key pin.</summary>
    public const string HostKeyKey = "ssh_host_key_sha256";

    /// <summary>Both keys, for the allowed-key lists of the mappings that take them.</summary>
    public static IReadOnlyList<string> Keys { get; } = [CertificateKey, HostKeyKey];

    /// <summary>Reads both pins of <paramref name="fields"/>.</summary>
    /// <param name="fields">The mapping of a credential set or a device.</param>
    /// <param name="diagnostics">Receives malformed pins.</param>
    /// <returns>The pins written (empty lists for none).</returns>
    public static PeerTrust Read(MappingFields fields, DiagnosticList diagnostics)
    {
        var certificate = fields.Scalar(CertificateKey, false, "AB:CD:…");
        var hostKey = fields.Scalar(HostKeyKey, false, "SHA256:…");
        string? pin = null;
        string? fingerprint = null;
        if (certificate is not null && !PeerFingerprint.TryParseCertificatePin(certificate.Value, out pin))
        {
            diagnostics.Add(NodeChecks.Invalid(
                certificate.Start,
                $"'{CertificateKey}' in {fields.Context} is not a SHA-256 certificate fingerprint",
                "Write the 64 hex digits of the certificate's SHA-256 fingerprint, colons optional, as 'openssl x509 -noout -fingerprint -sha256' prints it; 'provisioner trust' shows it too."));
        }

        if (hostKey is not null && !PeerFingerprint.TryParseSshFingerprint(hostKey.Value, out fingerprint))
        {
            diagnostics.Add(NodeChecks.Invalid(
                hostKey.Start,
                $"'{HostKeyKey}' in {fields.Context} is not an SSH host-key fingerprint",
                "Write the fingerprint as 'ssh-keygen -l -f <key>' prints it: 'SHA256:' followed by 43 base64 characters."));
        }

        return new PeerTrust
        {
            CertificateFingerprints = pin is null ? [] : [pin],
            HostKeyFingerprints = fingerprint is null ? [] : [fingerprint],
        };
    }

    /// <summary>
    /// The pins a device ends up with: each kind from the device when it writes one, else from its
    /// credential set.
    /// </summary>
    /// <param name="device">The device's own pins.</param>
    /// <param name="credentials">Its credential set's pins, or null.</param>
    /// <returns>The effective pins.</returns>
    public static PeerTrust Resolve(PeerTrust device, PeerTrust? credentials) => new()
    {
        CertificateFingerprints = device.CertificateFingerprints.Count > 0 ? device.CertificateFingerprints : credentials?.CertificateFingerprints ?? [],
        HostKeyFingerprints = device.HostKeyFingerprints.Count > 0 ? device.HostKeyFingerprints : credentials?.HostKeyFingerprints ?? [],
    };
}
