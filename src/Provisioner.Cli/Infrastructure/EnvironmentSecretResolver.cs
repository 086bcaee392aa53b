using Provisioner.Abstractions;
using Provisioner.Inventory;

namespace Provisioner.Cli.Infrastructure;

/// <summary>Resolves <c>env:NAME</c> from the environment and <c>file:PATH</c> from the first line of a regular file (see <see cref="ReferenceSecretResolver"/>).</summary>
/// <param name="environment">Reads an environment variable (the process environment, or a test's).</param>
internal sealed class EnvironmentSecretResolver(Func<string, string?> environment) : ISecretResolver
{
    private readonly ReferenceSecretResolver inner = new(environment);

    /// <inheritdoc/>
    public Secret Resolve(SecretReference reference) => inner.Resolve(reference);
}
