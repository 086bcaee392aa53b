using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>Resolves <c>env:</c> from a dictionary and <c>file:</c> from a file's first line, as the inventory's resolver does.</summary>
internal sealed class TestSecrets(Dictionary<string, string>? environment = null) : ISecretResolver
{
    public Secret Resolve(SecretReference reference)
    {
        if (reference.Scheme == SecretScheme.Environment)
        {
            return environment is not null && environment.TryGetValue(reference.Target, out var value)
                ? new Secret(value)
                : throw new SecretResolutionException($"Secret {reference} is not set") { Reference = reference };
        }

        return new Secret(File.ReadLines(reference.Target).First());
    }
}
