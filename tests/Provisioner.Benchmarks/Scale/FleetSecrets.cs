using Provisioner.Abstractions;

namespace Provisioner.Benchmarks.Scale;

/// <summary>Resolves the fleet's <c>env:</c> references from <see cref="ScaleCredentials.Secrets"/> instead of the process environment.</summary>
internal sealed class FleetSecrets : ISecretResolver
{
    /// <inheritdoc/>
    public Secret Resolve(SecretReference reference) =>
        ScaleCredentials.Secrets.TryGetValue(reference.Target, out var value)
            ? new Secret(value)
            : throw new SecretResolutionException($"The scale benchmark has no secret for {reference}.");
}
