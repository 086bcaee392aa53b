using System.Collections.Concurrent;

namespace Provisioner.Transport.Http;

/// <summary>
/// The secrets one client has sent (passwords, tokens) and removes from any device text it hands on, such
/// as a Redfish message that quotes the rejected value. Secrets shorter than four characters are not
/// scrubbed, to keep ordinary words intact; such secrets are refused by the inventory's lint anyway.
/// </summary>
internal sealed class SecretScrubber
{
    private const int MinimumLength = 4;
    private readonly ConcurrentDictionary<string, byte> secrets = new(StringComparer.Ordinal);

    /// <summary>Registers a secret.</summary>
    /// <param name="secret">The plain value.</param>
    public void Add(string secret)
    {
        if (secret.Length >= MinimumLength)
        {
            secrets.TryAdd(secret, 0);
        }
    }

    /// <summary>The text with every registered secret replaced by <c>[redacted]</c>.</summary>
    /// <param name="text">Device text.</param>
    /// <returns>The scrubbed text.</returns>
    public string Scrub(string text)
    {
        foreach (var secret in secrets.Keys.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Abstractions.Secret.Redacted, StringComparison.Ordinal);
        }

        return text;
    }
}
