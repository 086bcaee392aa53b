namespace Provisioner.Lab.Smtp;

/// <summary>One e-mail the lab's SMTP capture accepted: the SMTP envelope plus the parsed message.</summary>
/// <param name="EnvelopeFrom">The <c>MAIL FROM</c> address (the return path), empty for a null sender.</param>
/// <param name="EnvelopeTo">The <c>RCPT TO</c> addresses, in the order the client sent them.</param>
/// <param name="Headers">Every header as sent, in order; names keep their case.</param>
/// <param name="Subject">The <c>Subject</c> header, decoded; empty when absent.</param>
/// <param name="Body">The text body (plain text part, or the HTML part when there is no plain one).</param>
/// <param name="ClientEndpoint">The client's address and port, e.g. <c>127.0.10.1:40112</c>.</param>
/// <param name="ReceivedAt">When the capture accepted the message.</param>
public sealed record CapturedMessage(
    string EnvelopeFrom,
    IReadOnlyList<string> EnvelopeTo,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Subject,
    string Body,
    string ClientEndpoint,
    DateTimeOffset ReceivedAt)
{
    /// <summary>Returns the first header named <paramref name="name"/> (case-insensitive), or null.</summary>
    /// <param name="name">The header name, e.g. <c>From</c>.</param>
    /// <returns>The header value, or null.</returns>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
