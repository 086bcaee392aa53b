using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>Resolves secrets through an inner resolver and registers every value with a <see cref="SecretRedactor"/>.</summary>
/// <param name="inner">The real resolver.</param>
/// <param name="redactor">Where resolved values are registered.</param>
public sealed class RedactingSecretResolver(ISecretResolver inner, SecretRedactor redactor) : ISecretResolver
{
    /// <inheritdoc/>
    public Secret Resolve(SecretReference reference)
    {
        var secret = inner.Resolve(reference);
        redactor.Register(secret);
        return secret;
    }
}
