using Provisioner.Abstractions;

namespace Provisioner.Cli.Infrastructure;

/// <summary>Resolves <c>env:NAME</c> from the environment and <c>file:PATH</c> from the first line of a file.</summary>
/// <param name="environment">Reads an environment variable (the process environment, or a test's).</param>
internal sealed class EnvironmentSecretResolver(Func<string, string?> environment) : ISecretResolver
{
    /// <inheritdoc/>
    public Secret Resolve(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Scheme == SecretScheme.Environment)
        {
            return environment(reference.Target) is { } value
                ? new Secret(value)
                : throw new SecretResolutionException($"Secret {reference} is not set: export {reference.Target} before running, or point the inventory at a file: reference.");
        }

        try
        {
            using var reader = new StreamReader(reference.Target);
            return new Secret(reader.ReadLine() ?? string.Empty);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SecretResolutionException($"Secret {reference} cannot be read: {ex.GetType().Name}. Check that the file exists and is readable by this user.", ex);
        }
    }
}
