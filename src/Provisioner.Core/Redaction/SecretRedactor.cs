using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// Knows every secret value resolved or read in a run and removes them from free text that may carry
/// them (diagnostics, device answers, third-party exception messages, log events) before it reaches a
/// sink. Secrets are kept out of structured output by construction (typed <see cref="Secret"/> and
/// <see cref="SecretValue"/> never format their value; reports show sensitive settings as
/// <c>[redacted]</c>), so reports and tables get no text pass at all. In free text a secret is replaced
/// only where it stands as a whole token (not inside a longer word), and secrets shorter than
/// <see cref="MinimumLength"/> are never searched for: replacing every <c>x</c> or <c>lab</c> would
/// corrupt the text and tell the reader the secret. Thread-safe. Secrets are registered by
/// <see cref="RedactingSecretResolver"/> and by the engine for sensitive values it handles.
/// </summary>
public sealed class SecretRedactor
{
    /// <summary>The shortest secret searched for in free text; shorter ones are never put in text in the first place.</summary>
    public const int MinimumLength = 4;

    private readonly Lock gate = new();
    private string[] secrets = [];

    /// <summary>Remembers <paramref name="secret"/> so later free text containing it as a token is redacted. Secrets shorter than <see cref="MinimumLength"/> are ignored.</summary>
    /// <param name="secret">The secret.</param>
    public void Register(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var value = secret.Reveal();
        if (value.Length < MinimumLength)
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

    /// <summary>Returns <paramref name="text"/> with every registered secret that stands as a whole token replaced by <c>[redacted]</c>.</summary>
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
            text = TokenReplacer.Replace(text, secret, Secret.Redacted);
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
