using Provisioner.Abstractions;
using Provisioner.Inventory;

namespace Provisioner.Cli.Discovery;

/// <summary>Resolves <c>env:NAME</c> from the command's environment and <c>file:PATH</c> from the first line of a regular file, as every command does (see <see cref="ReferenceSecretResolver"/>).</summary>
internal sealed class ContextSecretResolver(Func<string, string?> environment) : ISecretResolver
{
    private readonly ReferenceSecretResolver inner = new(environment);

    /// <inheritdoc/>
    public Secret Resolve(SecretReference reference) => inner.Resolve(reference);
}
