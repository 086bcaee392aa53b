using Provisioner.Abstractions;

namespace Provisioner.Inventory.Loading;

/// <summary>A named credential set as written.</summary>
/// <param name="Set">The credential set.</param>
/// <param name="Sources">Where it was written.</param>
internal sealed record CredentialDraft(CredentialSet Set, SourceMap Sources)
{
    /// <summary>The peer pins the set carries (<c>tls_certificate_sha256</c>, <c>ssh_host_key_sha256</c>) for the devices that use it.</summary>
    public PeerTrust Pins { get; init; } = PeerTrust.None;
}
