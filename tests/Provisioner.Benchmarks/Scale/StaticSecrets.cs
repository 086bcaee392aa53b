using Provisioner.Abstractions;

namespace Provisioner.Benchmarks.Scale;

/// <summary>Resolves every reference to one value (the benchmark lab's community).</summary>
internal sealed class StaticSecrets(string value) : ISecretResolver
{
    public Secret Resolve(SecretReference reference) => new(value);
}
