using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;

namespace Provisioner.Discovery;

/// <summary>
/// An IPv4 CIDR range to probe, e.g. <c>10.6.0.0/24</c>. Ranges are capped at /16 (65,536 addresses) so a
/// typo cannot start a scan of a whole /8. The network and broadcast addresses of ranges wider than /31 are skipped.
/// </summary>
public sealed record Ipv4Range(IPAddress Network, int PrefixLength)
{
    /// <summary>The widest range accepted.</summary>
    public const int WidestPrefix = 16;

    /// <summary>Parses <paramref name="text"/>; a bare address is a /32.</summary>
    /// <param name="text">The range as typed.</param>
    /// <param name="range">The range, or null.</param>
    /// <param name="error">What is wrong, or null.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string text, out Ipv4Range? range, out string? error)
    {
        range = null;
        var parts = text.Split('/');
        var prefix = 32;
        string? problem = null;
        if (parts.Length > 2 || !IpLiteral.TryParse(parts[0], out var address, out problem) || address.AddressFamily != AddressFamily.InterNetwork
            || (parts.Length == 2 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) && prefix.ToString(CultureInfo.InvariantCulture) == parts[1])) || prefix > 32)
        {
            var why = problem is null ? string.Empty : $" ({problem})";
            error = $"--range {text} is not an IPv4 CIDR range{why}; write e.g. --range 10.6.0.0/24.";
            return false;
        }

        if (prefix < WidestPrefix)
        {
            error = $"--range {text} holds {1L << (32 - prefix):N0} addresses; discovery probes at most a /{WidestPrefix} (65,536 addresses) per range. Split it into /{WidestPrefix} ranges or narrower.";
            return false;
        }

        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        var network = ToUInt(address) & mask;
        range = new Ipv4Range(FromUInt(network), prefix);
        error = null;
        return true;
    }

    /// <summary>The addresses to probe, in order.</summary>
    /// <returns>The host addresses.</returns>
    public IEnumerable<IPAddress> Hosts()
    {
        var first = ToUInt(Network);
        var count = 1L << (32 - PrefixLength);
        var (start, end) = PrefixLength >= 31 ? (0L, count) : (1L, count - 1);
        for (var i = start; i < end; i++)
        {
            yield return FromUInt((uint)(first + i));
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Network}/{PrefixLength}";

    private static uint ToUInt(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
    }

    private static IPAddress FromUInt(uint value) => new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
}
