using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.NetApp;

/// <summary><c>/api/support/ems</c>: GET and a synchronous PATCH that validates the whole body before storing any of it.</summary>
public sealed partial class OntapLabModel
{
    private LabHttpResponse Ems(LabHttpRequest request)
    {
        if (request.Method == "GET")
        {
            lock (gate)
            {
                return LabHttpResponse.Json(200, new JsonObject { ["mail_from"] = mailFrom, ["mail_server"] = mailServer, ["proxy_url"] = string.Empty });
            }
        }

        if (request.Method != "PATCH")
        {
            return OntapLabErrors.MethodNotAllowed(request.Method);
        }

        if (ParseBody(request) is not { } body)
        {
            return Malformed();
        }

        if (body.Select(p => p.Key).FirstOrDefault(k => k is not (MailServerProperty or MailFromProperty or "proxy_url" or "proxy_user")) is { } unknown)
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.UnexpectedArgument, $"Unexpected argument \"{unknown}\".", unknown);
        }

        var server = body[MailServerProperty]?.GetValue<string>();
        var from = body[MailFromProperty]?.GetValue<string>();
        if (server is not null && (!ValidMailServer(server) || Refuses(MailServerProperty, server)))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.MailServerValidationFailed, Faults.QuoteSecretsInErrors ? $"The validation of the mail server \"{server}\" provided failed." : "The validation of the mail server provided failed.", MailServerProperty);
        }

        if (from is not null && (!from.Contains('@', StringComparison.Ordinal) || Refuses(MailFromProperty, from)))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Invalid value \"{from}\" for field \"mail_from\".", MailFromProperty);
        }

        lock (gate)
        {
            if (server is not null && Accept(MailServerProperty, server))
            {
                mailServer = server;
            }

            if (from is not null && Accept(MailFromProperty, from))
            {
                mailFrom = from;
            }
        }

        return OntapLabErrors.Ok();
    }

    /// <summary>A host name or IP address with an optional <c>:port</c> of 1–65535 (IPv6 bracketed when a port follows).</summary>
    private static bool ValidMailServer(string value)
    {
        var (host, port) = SplitMailServer(value);
        return port is >= 1 and <= 65535 && (IPAddress.TryParse(host, out _) || HostName().IsMatch(host));
    }

    /// <summary>Host and port of a <c>mail_server</c> value; port 25 when none is given, 0 when the port is not a number.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Host and port.</returns>
    public static (string Host, int Port) SplitMailServer(string value)
    {
        var text = value.Trim();
        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            var rest = text[(close + 1)..];
            return (text[1..close], rest.Length == 0 ? 25 : rest.StartsWith(':') && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var p6) ? p6 : 0);
        }

        var colon = text.LastIndexOf(':');
        if (colon < 0 || text.IndexOf(':', StringComparison.Ordinal) != colon)
        {
            return (text, 25);
        }

        return (text[..colon], int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : 0);
    }

    [GeneratedRegex("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex HostName();
}
