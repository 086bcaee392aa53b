using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

/// <summary>A resolver for tests that resolve no secret references.</summary>
internal sealed class NoSecrets : ISecretResolver
{
    public Secret Resolve(SecretReference reference) => throw new SecretResolutionException("no secrets in these tests");
}
