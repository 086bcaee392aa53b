using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// Knows every secret value resolved or read in a run and removes them from text before it reaches a
/// sink (report, console, log, diagnostic, exception text). Thread-safe. Secrets are registered by
/// <see cref="RedactingSecretResolver"/> and by the engine for sensitive values it handles.
/// </summary>
public sealed class SecretRedactor
{
    private readonly Lock gate = new();
    private string[] secrets = [];

    /// <summary>Remembers <paramref name="secret"/> so later text containing it is redacted. Empty secrets are ignored.</summary>
    /// <param name="secret">The secret.</param>
    public void Register(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var value = secret.Reveal();
        if (value.Length == 0)
        {
            return;
        }

        lock (gate)
        {
            if (Array.IndexOf(secrets, value) < 0)
            {
                // Longest first, so a secret that contains another is removed whole.
                secrets = [.. secrets.Append(value).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Registers the secret of <paramref name="value"/> when it is a <see cref="SecretValue"/>.</summary>
    /// <param name="value">Any setting value.</param>
    public void Register(SettingValue? value)
    {
        if (value is SecretValue secret)
        {
            Register(secret.Value);
        }
    }

    /// <summary>Returns <paramref name="text"/> with every registered secret replaced by <c>[redacted]</c>.</summary>
    /// <param name="text">Any text; null stays null.</param>
    /// <returns>The redacted text.</returns>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var current = secrets;
        foreach (var secret in current)
        {
            text = text.Replace(secret, Secret.Redacted, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Returns <paramref name="diagnostic"/> with summary, detail and path redacted.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>A redacted copy (the same instance when nothing changed).</returns>
    public Diagnostic Redact(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var summary = Redact(diagnostic.Summary)!;
        var detail = Redact(diagnostic.Detail)!;
        var path = Redact(diagnostic.Path);
        return summary == diagnostic.Summary && detail == diagnostic.Detail && path == diagnostic.Path
            ? diagnostic
            : diagnostic with { Summary = summary, Detail = detail, Path = path };
    }
}
