using System.Collections.Concurrent;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas.Api;

/// <summary>
/// The secrets of one session (the API key, the SMTP password sent or read back): device text is scrubbed of them
/// before it reaches a diagnostic. Secrets under four characters are not scrubbed, as the transport does.
/// </summary>
internal sealed class Scrubber
{
    private readonly ConcurrentDictionary<string, byte> secrets = new(StringComparer.Ordinal);

    /// <summary>Registers a secret.</summary>
    /// <param name="secret">The secret.</param>
    public void Add(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length >= 4)
        {
            secrets.TryAdd(secret.Reveal(), 0);
        }
    }

    /// <summary>The text with every registered secret replaced by <c>[redacted]</c>.</summary>
    /// <param name="text">Device text.</param>
    /// <returns>The scrubbed text.</returns>
    public string Scrub(string text)
    {
        foreach (var secret in secrets.Keys.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Secret.Redacted, StringComparison.Ordinal);
        }

        return text;
    }
}
