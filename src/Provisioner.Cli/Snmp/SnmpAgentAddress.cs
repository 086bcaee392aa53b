using System.Globalization;
using System.Net.Sockets;
using System.Net;
using Provisioner.Abstractions;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// The agent argument of the troubleshooting commands, written as net-snmp writes it:
/// <c>host</c>, <c>host:port</c>, <c>192.0.2.1:1161</c>, <c>[::1]:1161</c>, <c>udp:host:port</c>
/// or <c>udp6:[::1]:port</c>. The port defaults to 161.
/// </summary>
/// <param name="Host">The host name or IP literal, without brackets.</param>
/// <param name="Port">The UDP port.</param>
/// <param name="PreferIpv6">True when written with the <c>udp6:</c> prefix (resolve names to IPv6).</param>
internal sealed record SnmpAgentAddress(string Host, int Port, bool PreferIpv6)
{
    /// <summary>The standard SNMP agent port.</summary>
    public const int DefaultPort = 161;

    /// <summary>Parses the agent argument.</summary>
    /// <param name="text">The argument as typed.</param>
    /// <returns>The address.</returns>
    /// <exception cref="SnmpUsageException">The text is not a usable agent address.</exception>
    public static SnmpAgentAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.Trim();
        var preferIpv6 = false;
        if (rest.StartsWith("udp6:", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[5..];
            preferIpv6 = true;
        }
        else if (rest.StartsWith("udp:", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        if (rest.Length == 0)
        {
            throw Invalid(text, "the host is missing");
        }

        if (rest[0] == '[')
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw Invalid(text, "the '[' of the IPv6 address is not closed");
            }

            var host = rest[1..close];
            var after = rest[(close + 1)..];
            if (!IpLiteral.TryParse(host, out var v6, out var problem) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                throw Invalid(text, problem ?? $"'{host}' inside brackets is not an IPv6 address");
            }

            return after.Length == 0
                ? new SnmpAgentAddress(host, DefaultPort, true)
                : after[0] == ':' ? new SnmpAgentAddress(host, ParsePort(text, after[1..]), true) : throw Invalid(text, "expected ':port' after ']'");
        }

        // A bare IPv6 literal such as ::1 has no port; brackets are needed to add one.
        if (rest.Count(c => c == ':') > 1)
        {
            return IpLiteral.TryParse(rest, out var bare, out _) && bare.AddressFamily == AddressFamily.InterNetworkV6
                ? new SnmpAgentAddress(rest, DefaultPort, true)
                : throw Invalid(text, "write an IPv6 address with a port as [address]:port");
        }

        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new SnmpAgentAddress(CheckedHost(text, rest), DefaultPort, preferIpv6)
            : new SnmpAgentAddress(CheckedHost(text, NonEmptyHost(text, rest[..colon])), ParsePort(text, rest[(colon + 1)..]), preferIpv6);
    }

    /// <summary>Resolves the host to an endpoint: an IP literal as is, a name through DNS.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The endpoint to send to.</returns>
    /// <exception cref="SnmpUsageException">The name does not resolve.</exception>
    public async Task<IPEndPoint> ResolveAsync(CancellationToken cancellationToken)
    {
        if (IpLiteral.TryParse(Host, out var literal, out _))
        {
            return new IPEndPoint(literal, Port);
        }

        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(Host, cancellationToken);
        }
        catch (SocketException ex)
        {
            throw new SnmpUsageException($"The agent host '{Host}' does not resolve ({ex.SocketErrorCode}). Check the name or use an IP address.", ex);
        }

        var family = PreferIpv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
        var chosen = addresses.FirstOrDefault(a => a.AddressFamily == family) ?? addresses.FirstOrDefault()
            ?? throw new SnmpUsageException($"The agent host '{Host}' resolves to no address. Check the name or use an IP address.");
        return new IPEndPoint(chosen, Port);
    }

    /// <summary>The address as net-snmp would print it: <c>host:port</c> or <c>[v6]:port</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal)
            ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}"
            : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    // A host that is meant as an IPv4 literal is read strictly: 010.0.0.1 is refused, never sent to 8.0.0.1.
    private static string CheckedHost(string text, string host) =>
        !IpLiteral.LooksLikeLiteral(host) || IpLiteral.TryParse(host, out _, out var problem) ? host : throw Invalid(text, problem);

    private static string NonEmptyHost(string text, string host) =>
        host.Length > 0 ? host : throw Invalid(text, "the host before ':' is missing");

    private static int ParsePort(string text, string port) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 65535
            ? value
            : throw Invalid(text, $"the port '{port}' is not a number from 1 to 65535");

    private static SnmpUsageException Invalid(string text, string why) =>
        new($"The agent '{text}' is not valid: {why}. Expected host, host:port, [IPv6]:port, udp:host:port or udp6:[IPv6]:port.");
}
