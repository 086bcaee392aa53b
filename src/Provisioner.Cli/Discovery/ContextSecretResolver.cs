using Provisioner.Abstractions;

namespace Provisioner.Cli.Discovery;

/// <summary>Resolves <c>env:NAME</c> from the command's environment and <c>file:PATH</c> from disk (first line, trimmed).</summary>
internal sealed class ContextSecretResolver(Func<string, string?> environment) : ISecretResolver
{
    /// <inheritdoc/>
    public Secret Resolve(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Scheme == SecretScheme.Environment)
        {
            return environment(reference.Target) is { } value
                ? new Secret(value)
                : throw new SecretResolutionException($"The environment variable {reference.Target} ({reference}) is not set; export it before running.") { Reference = reference };
        }

        try
        {
            return new Secret(File.ReadLines(reference.Target).FirstOrDefault()?.Trim() ?? string.Empty);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SecretResolutionException($"The secret file of {reference} cannot be read: {ex.Message}", ex) { Reference = reference };
        }
    }
}
