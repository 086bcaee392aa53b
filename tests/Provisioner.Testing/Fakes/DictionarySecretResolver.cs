using Provisioner.Abstractions;

namespace Provisioner.Testing.Fakes;

/// <summary>Resolves secret references from an in-memory table keyed by the reference text (<c>env:NAME</c>).</summary>
public sealed class DictionarySecretResolver : ISecretResolver
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    /// <summary>Adds a secret.</summary>
    /// <param name="reference">The reference text, e.g. <c>env:SNMP_RW</c>.</param>
    /// <param name="value">The secret value.</param>
    /// <returns>This resolver.</returns>
    public DictionarySecretResolver Add(string reference, string value)
    {
        values[reference] = value;
        return this;
    }

    /// <inheritdoc/>
    public Secret Resolve(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return values.TryGetValue(reference.ToString(), out var value)
            ? new Secret(value)
            : throw new SecretResolutionException($"Secret {reference} is not set.") { Reference = reference };
    }
}
