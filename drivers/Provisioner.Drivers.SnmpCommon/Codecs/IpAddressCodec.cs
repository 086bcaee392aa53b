using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// An SNMP IpAddress (four octets, IPv4 only) holding the relay. <c>0.0.0.0</c> reads as "nothing set".
/// A host name or an IPv6 literal cannot be stored.
/// </summary>
public sealed class IpAddressCodec : ScalarCodec
{
    /// <inheritdoc/>
    public override string WireForm => "IpAddress (IPv4)";

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value) => value switch
    {
        IpAddress ip when ip.Value.Equals(IPAddress.Any) => null,
        IpAddress ip => new TextValue(ip.Value.ToString()),
        _ => throw Unexpected(value, "IpAddress"),
    };

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value) => new IpAddress(ParseIpv4(Expect<TextValue>(value).Value));

    /// <summary>Parses a dotted-quad IPv4 literal.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The address.</returns>
    /// <exception cref="SnmpCodecException">It is a host name or an IPv6 literal.</exception>
    public static IPAddress ParseIpv4(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IpLiteral.TryParse(text, out var address, out var problem))
        {
            throw new SnmpCodecException(IpLiteral.LooksLikeLiteral(text)
                ? $"{problem}; the object holds an IPv4 address"
                : $"'{text}' is not an IP address; the object holds an IPv4 address, give the relay's address, not a host name");
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new SnmpCodecException($"'{text}' is not an IPv4 address; the object is an SNMP IpAddress (4 octets) and cannot hold IPv6");
        }

        return address;
    }
}
