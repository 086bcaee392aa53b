using System.Globalization;
using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Pure;

/// <summary>
/// The <c>smtp-servers</c> item as read: <c>relay_host</c> (<c>host[:port]</c>, IPv6 as <c>[addr]:port</c>),
/// <c>sender_domain</c>, <c>sender_username</c> (REST 2.33+), <c>user_name</c>, <c>encryption_mode</c> (REST 2.33+:
/// <c>starttls</c> or empty). The password is write-only and never read (addendum §7).
/// </summary>
/// <param name="RelayHost">The relay as held.</param>
/// <param name="SenderDomain">The sender's domain.</param>
/// <param name="SenderUsername">The sender's local part, or null before REST 2.33.</param>
/// <param name="UserName">The SMTP AUTH user.</param>
/// <param name="EncryptionMode">The encryption mode, or null before REST 2.33.</param>
internal sealed record SmtpServer(string RelayHost, string SenderDomain, string? SenderUsername, string UserName, string? EncryptionMode)
{
    /// <summary>The relay's host, without brackets.</summary>
    public string Host => Split(RelayHost).Host;

    /// <summary>The relay's port; 25 when none is appended.</summary>
    public int Port => Split(RelayHost).Port;

    /// <summary>Reads the first item.</summary>
    /// <param name="items">The items of <c>GET smtp-servers</c>.</param>
    /// <param name="operation">The call, for messages.</param>
    /// <returns>The settings.</returns>
    public static SmtpServer Read(IReadOnlyList<JsonElement> items, string operation)
    {
        if (items.Count == 0)
        {
            throw new DeviceProtocolException($"{operation} answered no smtp-servers item.") { Operation = operation };
        }

        var item = items[0];
        return new SmtpServer(Text(item, "relay_host") ?? string.Empty, Text(item, "sender_domain") ?? string.Empty, Text(item, "sender_username"), Text(item, "user_name") ?? string.Empty, Text(item, "encryption_mode"));
    }

    /// <summary>The wire <c>relay_host</c> for a host and port: the host alone on 25, else <c>host:port</c> (<c>[v6]:port</c>).</summary>
    /// <param name="host">The host.</param>
    /// <param name="port">The port.</param>
    /// <returns>The value.</returns>
    public static string Relay(string host, int port) =>
        port == 25 ? host : string.Create(CultureInfo.InvariantCulture, $"{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}");

    /// <summary>Splits <c>host[:port]</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Host and port (25 when none).</returns>
    public static (string Host, int Port) Split(string value)
    {
        var text = value.Trim();
        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            var rest = text[(close + 1)..];
            return (text[1..close], rest.StartsWith(':') && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var p6) ? p6 : 25);
        }

        var colon = text.LastIndexOf(':');
        return colon > 0 && text.IndexOf(':', StringComparison.Ordinal) == colon && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? (text[..colon], port)
            : (text, 25);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
