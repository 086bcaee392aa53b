namespace Provisioner.Transport.Http;

/// <summary>The TLS certificate a device presented, as <c>provisioner trust</c> shows it before recording it.</summary>
/// <param name="Subject">The subject distinguished name, e.g. <c>CN=idrac-ny-01</c>.</param>
/// <param name="Issuer">The issuer distinguished name (the subject again when self-signed).</param>
/// <param name="NotBefore">Start of validity, UTC.</param>
/// <param name="NotAfter">End of validity, UTC.</param>
/// <param name="Sha256Fingerprint">The SHA-256 fingerprint of the DER certificate, canonical (<c>AB:CD:…</c>).</param>
/// <param name="TrustedBySystem">Whether the system trust store accepted it for this host name.</param>
public sealed record PresentedCertificate(string Subject, string Issuer, DateTimeOffset NotBefore, DateTimeOffset NotAfter, string Sha256Fingerprint, bool TrustedBySystem);
