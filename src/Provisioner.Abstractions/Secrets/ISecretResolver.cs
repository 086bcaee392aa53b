namespace Provisioner.Abstractions;

/// <summary>Turns a <see cref="SecretReference"/> into a <see cref="Secret"/> at run time.</summary>
public interface ISecretResolver
{
    /// <summary>Resolves <paramref name="reference"/>.</summary>
    /// <param name="reference">The reference to resolve.</param>
    /// <returns>The secret.</returns>
    /// <exception cref="SecretResolutionException">The variable is unset or the file cannot be read; the message names the reference, never a value.</exception>
    Secret Resolve(SecretReference reference);
}
