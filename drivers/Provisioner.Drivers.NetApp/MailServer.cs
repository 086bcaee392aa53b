using System.Globalization;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// ONTAP's <c>mail_server</c>: a host name or IP address with an optional <c>:port</c> ("a colon and a decimal value …
/// for example, mymailhost.example.com:5678", rest-ssh-apis.md §5); an IPv6 literal with a port is bracketed.
/// </summary>
/// <param name="Host">The host, without brackets.</param>
/// <param name="Port">The port; <see cref="OntapAssumptions.DefaultMailPort"/> when the value names none.</param>
internal sealed record MailServer(string Host, int Port)
{
    /// <summary>Reads a <c>mail_server</c> value.</summary>
    /// <param name="value">The value as ONTAP holds it.</param>
    /// <returns>Host and port; a value with a port that is not a number keeps the whole text as the host.</returns>
    public static MailServer Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close > 0)
            {
                var host = text[1..close];
                var rest = text[(close + 1)..];
                return rest.StartsWith(':') && TryPort(rest[1..], out var p) ? new MailServer(host, p) : new MailServer(host, OntapAssumptions.DefaultMailPort);
            }
        }

        var colon = text.LastIndexOf(':');
        return colon > 0 && text.IndexOf(':', StringComparison.Ordinal) == colon && TryPort(text[(colon + 1)..], out var port)
            ? new MailServer(text[..colon], port)
            : new MailServer(text, OntapAssumptions.DefaultMailPort);
    }

    /// <summary>The value to write: the host alone on port 25, else <c>host:port</c> (<c>[v6]:port</c>).</summary>
    /// <returns>The wire value.</returns>
    public string ToWire()
    {
        if (Port == OntapAssumptions.DefaultMailPort)
        {
            return Host;
        }

        var host = Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host;
        return string.Create(CultureInfo.InvariantCulture, $"{host}:{Port}");
    }

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;
}
