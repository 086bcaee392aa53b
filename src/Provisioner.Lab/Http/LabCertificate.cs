using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Provisioner.Abstractions;

namespace Provisioner.Lab.Http;

/// <summary>
/// The self-signed certificate a simulated HTTPS device presents, as most BMCs and PDUs ship one: ECDSA P-256,
/// subject <c>CN=&lt;device name&gt;</c>, the device's loopback address and name as subject alternative names,
/// valid from a day before it was made for one year. Made fresh at every lab start (and by the "certificate
/// changed" fault), so <c>provisioner trust</c> has something real to show and pin.
/// </summary>
public static class LabCertificate
{
    /// <summary>Makes a certificate with its private key.</summary>
    /// <param name="deviceName">The device name, e.g. <c>BMC-DEMO-01</c>.</param>
    /// <param name="address">The loopback address the device listens on.</param>
    /// <param name="time">The clock that dates it.</param>
    /// <returns>The certificate; the caller disposes it.</returns>
    public static X509Certificate2 Create(string deviceName, IPAddress address, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(deviceName);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(time);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={Sanitize(deviceName)}, O=Provisioner lab"), key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(address);
        names.AddDnsName(Sanitize(deviceName).ToLowerInvariant());
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = time.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }

    /// <summary>The certificate's SHA-256 fingerprint in the form pins and <c>known_certs</c> use.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>Colon-separated upper-case hex.</returns>
    public static string Fingerprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return PeerFingerprint.OfCertificate(certificate.RawData);
    }

    private static string Sanitize(string name) =>
        new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-')]);
}
