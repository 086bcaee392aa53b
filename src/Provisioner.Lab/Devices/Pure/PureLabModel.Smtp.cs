using System.Net;
using System.Text.RegularExpressions;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Pure;

/// <summary><c>PATCH smtp-servers</c>: every field validated before any is stored; the password is logged as <c>***</c>.</summary>
public sealed partial class PureLabModel
{
    private LabHttpResponse PatchSmtp(LabHttpRequest request)
    {
        if (ParseBody(request) is not { } body)
        {
            return PureLabErrors.BadRequest("smtp", "The request body is not valid JSON.");
        }

        var changes = new List<(string Field, string Value)>();
        foreach (var (field, node) in body)
        {
            if (!PureLabSmtp.Fields.Contains(field) || node?.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                return PureLabErrors.BadRequest(field, $"Unknown or invalid parameter '{field}'.");
            }

            var value = node.GetValue<string>();
            var logged = field == "password" ? "***" : value;
            var invalid = field switch
            {
                "relay_host" when value.Length > 0 && !ValidRelay(value) => $"Invalid relay host '{value}'.",
                "encryption_mode" when value is not ("starttls" or "") => $"Invalid encryption mode '{value}': use 'starttls' or ''.",
                "sender_username" when value.Length > 64 || value.Contains('@', StringComparison.Ordinal) => $"Invalid sender username '{value}'.",
                "sender_domain" when value.Length > 0 && !HostName().IsMatch(value) => $"Invalid sender domain '{value}'.",
                _ => null,
            };
            if (invalid is null && Faults.RejectedObjects.Contains(field))
            {
                invalid = Faults.QuoteSecretsInErrors ? $"Invalid value '{value}' for {field}." : $"Invalid value for {field}.";
            }

            if (invalid is not null)
            {
                Log(field, logged, false);
                return PureLabErrors.BadRequest("smtp", invalid);
            }

            changes.Add((field, value));
        }

        lock (gate)
        {
            foreach (var (field, value) in changes)
            {
                var stored = !Faults.LostWrites.Contains(field);
                Log(field, field == "password" ? "***" : value, stored);
                if (stored)
                {
                    smtp = smtp.With(field, value);
                }
            }
        }

        return PureLabErrors.Items([Smtp.ToJson()]);
    }

    private static bool ValidRelay(string value)
    {
        var (host, port) = SplitRelay(value);
        return port is >= 1 and <= 65535 && (IPAddress.TryParse(host, out _) || HostName().IsMatch(host));
    }

    /// <summary>Host and port of a <c>relay_host</c>: port 25 when none, 0 when the port is not a number.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Host and port.</returns>
    public static (string Host, int Port) SplitRelay(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            var rest = text[(close + 1)..];
            return (text[1..close], rest.Length == 0 ? 25 : rest.StartsWith(':') && int.TryParse(rest[1..], out var p6) ? p6 : 0);
        }

        var colon = text.LastIndexOf(':');
        return colon < 0 || text.IndexOf(':', StringComparison.Ordinal) != colon ? (text, 25) : (text[..colon], int.TryParse(text[(colon + 1)..], out var port) ? port : 0);
    }

    [GeneratedRegex("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex HostName();
}
