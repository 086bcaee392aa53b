using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http;

/// <summary>
/// Decides whether the certificate a device presents in the TLS handshake is the peer the inventory trusts.
/// With pins, the leaf's SHA-256 must be one of them (chain and name errors are then irrelevant: a pinned
/// self-signed certificate is the normal BMC case). Without pins, the system trust store decides. A refusal
/// throws <see cref="DeviceUntrustedException"/> from inside the handshake, so no request is ever written.
/// </summary>
internal sealed class PinningCertificateValidator
{
    private readonly PeerTrust trust;
    private readonly string endpoint;
    private DeviceUntrustedException? lastRefusal;

    /// <summary>Creates the validator for one device endpoint.</summary>
    /// <param name="trust">The accepted certificate fingerprints.</param>
    /// <param name="endpoint">The endpoint, for messages.</param>
    public PinningCertificateValidator(PeerTrust trust, string endpoint)
    {
        this.trust = trust;
        this.endpoint = endpoint;
    }

    /// <summary>The last refusal, kept in case the TLS stack reports only a generic handshake failure; taking it clears it.</summary>
    /// <returns>The refusal, or null.</returns>
    public DeviceUntrustedException? TakeLastRefusal() => Interlocked.Exchange(ref lastRefusal, null);

    /// <summary>The callback for <see cref="SslClientAuthenticationOptions.RemoteCertificateValidationCallback"/>.</summary>
    /// <param name="sender">The TLS stream.</param>
    /// <param name="certificate">The presented leaf certificate.</param>
    /// <param name="chain">The chain the system built.</param>
    /// <param name="errors">What the system trust store objects to.</param>
    /// <returns>True when the peer is trusted; false without a certificate; otherwise the method throws.</returns>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            Refuse(new DeviceUntrustedException($"The device at {endpoint} presented no TLS certificate; nothing was sent. Check that the address and port belong to the device's HTTPS service.") { Endpoint = endpoint });
            return false;
        }

        var presented = PeerFingerprint.OfCertificate(certificate.GetRawCertData());
        if (trust.CertificateFingerprints.Count > 0)
        {
            if (trust.AcceptsCertificate(presented))
            {
                return true;
            }

            var expected = string.Join(", ", trust.CertificateFingerprints);
            throw Refuse(new DeviceUntrustedException(
                $"The TLS certificate of the device at {endpoint} does not match the pin; nothing was sent. Expected SHA-256 {expected}, presented SHA-256 {presented}. "
                + "If the device's certificate was replaced on purpose, check it and record the new one with 'provisioner trust'.")
            {
                Endpoint = endpoint,
                Expected = expected,
                Presented = presented,
            });
        }

        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        throw Refuse(new DeviceUntrustedException(
            $"The TLS certificate of the device at {endpoint} is not accepted by the system trust store ({errors}) and no pin is recorded; nothing was sent. Presented SHA-256 {presented}. "
            + "Check the certificate and record it with 'provisioner trust', or pin it in the inventory.")
        {
            Endpoint = endpoint,
            Presented = presented,
        });
    }

    private DeviceUntrustedException Refuse(DeviceUntrustedException refusal)
    {
        Interlocked.Exchange(ref lastRefusal, refusal);
        return refusal;
    }
}
