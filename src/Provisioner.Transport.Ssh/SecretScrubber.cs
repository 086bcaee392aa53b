using System.Collections.Concurrent;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// The secrets one connection has sent or will send (login password, passphrase, values a driver
/// registers) and removes from the transcript and from any command named in a message. Secrets shorter
/// than four characters are not scrubbed, to keep ordinary words intact; the inventory's lint refuses them.
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
    /// <param name="text">Command or device text.</param>
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
