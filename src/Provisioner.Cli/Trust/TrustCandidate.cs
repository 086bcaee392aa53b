namespace Provisioner.Cli.Trust;

/// <summary>One HTTPS device <c>provisioner trust</c> connects to, with what is already trusted for it.</summary>
/// <param name="Device">The inventory device name.</param>
/// <param name="Driver">The driver id.</param>
/// <param name="Host">The address connected to (the lab's in a lab run).</param>
/// <param name="Port">The HTTPS port connected to.</param>
/// <param name="Pinned">Fingerprints the inventory pins (<c>tls_certificate_sha256</c>); empty in a lab run.</param>
/// <param name="Recorded">Fingerprints the <c>known_certs</c> store records for this endpoint.</param>
internal sealed record TrustCandidate(string Device, string Driver, string Host, int Port, IReadOnlyList<string> Pinned, IReadOnlyList<string> Recorded)
{
    /// <summary>Every fingerprint a run would accept for this device.</summary>
    public IReadOnlyList<string> Expected => [.. Pinned.Concat(Recorded).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The endpoint as messages show it, e.g. <c>127.0.0.1:8443</c> or <c>[::1]:443</c>.</summary>
    public string Endpoint => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
