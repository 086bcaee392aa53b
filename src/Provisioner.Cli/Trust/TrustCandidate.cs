using Provisioner.Abstractions;
using Provisioner.Core;

namespace Provisioner.Cli.Trust;

/// <summary>One device endpoint <c>provisioner trust</c> connects to (HTTPS or SSH), with what is already trusted for it.</summary>
/// <param name="Device">The inventory device name.</param>
/// <param name="Driver">The driver id.</param>
/// <param name="Host">The address connected to (the lab's in a lab run).</param>
/// <param name="Port">The HTTPS or SSH port connected to.</param>
/// <param name="Pinned">Fingerprints the inventory pins (<c>tls_certificate_sha256</c> or <c>ssh_host_key_sha256</c>); empty in a lab run.</param>
/// <param name="Recorded">Fingerprints the <c>known_certs</c> or <c>known_hosts</c> store records for this endpoint.</param>
/// <param name="Transport"><see cref="DriverTransport.Https"/> (a certificate) or <see cref="DriverTransport.Ssh"/> (a host key).</param>
internal sealed record TrustCandidate(string Device, string Driver, string Host, int Port, IReadOnlyList<string> Pinned, IReadOnlyList<string> Recorded, DriverTransport Transport)
{
    /// <summary>Whether this is an SSH endpoint, whose identity is a host key.</summary>
    public bool IsSsh => Transport == DriverTransport.Ssh;

    /// <summary>What the device presents: <c>certificate</c> or <c>host key</c>.</summary>
    public string Noun => IsSsh ? "host key" : "certificate";

    /// <summary>The inventory key that pins it: <c>tls_certificate_sha256</c> or <c>ssh_host_key_sha256</c>.</summary>
    public string PinKey => IsSsh ? "ssh_host_key_sha256" : "tls_certificate_sha256";

    /// <summary>The store's file name: <c>known_certs</c> or <c>known_hosts</c>.</summary>
    public string StoreName => IsSsh ? KnownPeers.KnownHostsFileName : KnownPeers.KnownCertificatesFileName;

    /// <summary>How fingerprints compare: certificate hex in any case, SSH base64 exactly.</summary>
    public StringComparer Comparer => IsSsh ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>Every fingerprint a run would accept for this device.</summary>
    public IReadOnlyList<string> Expected => [.. Pinned.Concat(Recorded).Distinct(Comparer)];

    /// <summary>The endpoint as messages show it, e.g. <c>127.0.0.1:8443</c> or <c>[::1]:443</c>.</summary>
    public string Endpoint => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
