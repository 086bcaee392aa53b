using Provisioner.Abstractions;
using Provisioner.Inventory.Files;

namespace Provisioner.Inventory;

/// <summary>
/// Resolves <c>env:NAME</c> from an environment and <c>file:PATH</c> from the first line of a file, the
/// line's end (<c>\n</c> or <c>\r\n</c>) removed and nothing else trimmed. Only a regular file of at most
/// <see cref="MaxFileBytes"/> is read: a directory, FIFO or device (<c>/dev/zero</c>) is refused before it is
/// opened. Relative paths were made relative to the inventory file that writes them when it was loaded.
/// Every message names the reference, never a value.
/// </summary>
/// <param name="environment">Reads an environment variable (the process environment, or a test's).</param>
public sealed class ReferenceSecretResolver(Func<string, string?> environment) : ISecretResolver
{
    /// <summary>The largest secret file read (64 KiB).</summary>
    public const int MaxFileBytes = 64 * 1024;

    /// <inheritdoc/>
    public Secret Resolve(SecretReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Scheme == SecretScheme.Environment)
        {
            return environment(reference.Target) is { } value
                ? new Secret(value)
                : throw Failure(reference, $"Secret {reference} is not set: export {reference.Target} before running, or point the inventory at a file: reference.");
        }

        var (bytes, problem) = BoundedFileReader.Read(reference.Target, MaxFileBytes);
        if (bytes is null)
        {
            throw Failure(reference, $"Secret {reference} cannot be read: {problem}. Point the reference at a regular file holding the secret on its first line.");
        }

        if (!Utf8Text.TryDecode(bytes, out var text, out var line, out var column, out _))
        {
            throw Failure(reference, $"Secret {reference} is not UTF-8 text (line {line}, column {column}). Save the file as UTF-8.");
        }

        var end = text!.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        first = first.EndsWith('\r') ? first[..^1] : first;
        return first.Length > 0
            ? new Secret(first)
            : throw Failure(reference, $"Secret {reference} is empty: its first line holds nothing. Write the secret on the first line of the file.");
    }

    private static SecretResolutionException Failure(SecretReference reference, string message) => new(message) { Reference = reference };
}
