namespace Provisioner.Core;

/// <summary>One key line of a <c>known_hosts</c> file.</summary>
/// <param name="Hosts">The host field as written (names or a hashed name).</param>
/// <param name="KeyType">The key algorithm, e.g. <c>ssh-ed25519</c>.</param>
/// <param name="Fingerprint">The key's SHA-256 fingerprint, <c>SHA256:…</c>.</param>
/// <param name="Line">The 1-based line in the file, for messages.</param>
public sealed record KnownHostEntry(string Hosts, string KeyType, string Fingerprint, int Line);
