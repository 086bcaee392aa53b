using System.Diagnostics.CodeAnalysis;

namespace Provisioner.Abstractions;

/// <summary>
/// Where a secret lives, never the secret itself: <c>env:NAME</c> (an environment variable) or
/// <c>file:PATH</c> (the first line of a file, trailing newline removed). The inventory holds only
/// references; they are resolved at run time by an <see cref="ISecretResolver"/>.
/// </summary>
/// <param name="Scheme">Where to look.</param>
/// <param name="Target">The variable name or file path.</param>
public sealed record SecretReference(SecretScheme Scheme, string Target)
{
    /// <summary>Parses <c>env:NAME</c> or <c>file:PATH</c>.</summary>
    /// <param name="text">The reference text.</param>
    /// <param name="reference">The parsed reference, or null.</param>
    /// <returns>True when <paramref name="text"/> is a well-formed reference.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SecretReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (text.StartsWith("env:", StringComparison.Ordinal) && text.Length > 4 && IsVariableName(text.AsSpan(4)))
        {
            reference = new SecretReference(SecretScheme.Environment, text[4..]);
        }
        else if (text.StartsWith("file:", StringComparison.Ordinal) && text.Length > 5)
        {
            reference = new SecretReference(SecretScheme.File, text[5..]);
        }

        return reference is not null;
    }

    /// <summary>Returns the reference as written: <c>env:NAME</c> or <c>file:PATH</c>. Never the secret.</summary>
    public override string ToString() => (Scheme == SecretScheme.Environment ? "env:" : "file:") + Target;

    private static bool IsVariableName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !char.IsAsciiDigit(name[0]);
    }
}
