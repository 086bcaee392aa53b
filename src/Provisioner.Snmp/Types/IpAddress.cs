using System.Net;
using System.Net.Sockets;

namespace Provisioner.Snmp.Types;

/// <summary>An IpAddress value: an IPv4 address carried as four octets.</summary>
public sealed record IpAddress : SnmpValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="value">An IPv4 address.</param>
    /// <exception cref="ArgumentException">The address is not IPv4.</exception>
    public IpAddress(IPAddress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException("The SNMP IpAddress type holds IPv4 addresses only.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The IPv4 address.</summary>
    public IPAddress Value { get; }

    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.IpAddress;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString();
}
