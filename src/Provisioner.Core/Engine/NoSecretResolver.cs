using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>A resolver for code paths that must never need a secret; resolving is a bug.</summary>
internal sealed class NoSecretResolver : ISecretResolver
{
    public static NoSecretResolver Instance { get; } = new();

    public Secret Resolve(SecretReference reference) =>
        throw new InvalidOperationException("No secret is needed here; this is a bug in Provisioner.");
}
