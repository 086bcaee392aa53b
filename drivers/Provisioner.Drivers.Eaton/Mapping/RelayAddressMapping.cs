using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Eaton.Mapping;

/// <summary>
/// Maps the canonical relay address to <c>smtp-Server-IP-Address</c>. On the SC200 the object is an
/// SNMP <c>IpAddress</c>: four octets, IPv4 only. A DNS name or an IPv6 literal cannot be written.
/// </summary>
public static class RelayAddressMapping
{
    /// <summary>The setting path used in diagnostics.</summary>
    public const string Path = "relay.address";

    /// <summary>Parses <paramref name="relay"/> as a dotted-quad IPv4 literal.</summary>
    /// <param name="relay">The canonical relay address.</param>
    /// <param name="address">The IPv4 address, when the result is null.</param>
    /// <returns>Null on success; otherwise an error diagnostic saying what is wrong and what to do.</returns>
    public static Diagnostic? TryToWire(string relay, out IPAddress? address)
    {
        address = null;
        if (!IpLiteral.TryParse(relay, out var parsed, out var problem))
        {
            return Diagnostic.Error(
                "eaton.relayNotIpLiteral",
                $"Relay '{relay}' is not an IP address literal",
                $"{problem}. The SC200 stores the SMTP server as an SNMP IpAddress; give the relay's IPv4 address, not a host name.") with { Path = Path };
        }

        if (parsed.AddressFamily != AddressFamily.InterNetwork)
        {
            return Diagnostic.Error(
                "eaton.relayNotIpv4",
                $"Relay '{relay}' is not an IPv4 address",
                "smtp-Server-IP-Address on the SC200 is an SNMP IpAddress (4 octets): IPv6 cannot be stored. Give the relay's IPv4 address for this device in overrides.relay.address.") with { Path = Path };
        }

        address = parsed;
        return null;
    }

    /// <summary>Renders the four octets read from the device as the canonical text, e.g. <c>10.6.0.25</c>.</summary>
    /// <param name="octets">The IpAddress value's octets.</param>
    /// <returns>The dotted-quad text.</returns>
    public static string FromWire(ReadOnlySpan<byte> octets) => new IPAddress(octets).ToString();
}
