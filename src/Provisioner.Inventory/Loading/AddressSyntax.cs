using System.Net;
using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Checks the syntax of e-mail addresses and CIDR ranges as they are read.</summary>
internal static class AddressSyntax
{
    /// <summary>True when <paramref name="text"/> looks like <c>local@domain</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is an e-mail address.</returns>
    public static bool IsMailAddress(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>Reads e-mail addresses, reporting each malformed one.</summary>
    /// <param name="items">The scalars.</param>
    /// <param name="what">What the list is, for messages.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The well-formed addresses.</returns>
    public static List<string> MailAddresses(IReadOnlyList<ScalarNode>? items, string what, DiagnosticList diagnostics)
    {
        var result = new List<string>();
        foreach (var item in items ?? [])
        {
            if (IsMailAddress(item.Value))
            {
                result.Add(item.Value);
            }
            else
            {
                diagnostics.Add(NodeChecks.Invalid(item.Start, $"'{item.Value}' in {what} is not an e-mail address", "Write a full address such as 'it-team@contoso.com'."));
            }
        }

        return result;
    }

    /// <summary>Reads CIDR ranges, reporting each malformed one.</summary>
    /// <param name="items">The scalars.</param>
    /// <param name="what">What the list is, for messages.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The parsed networks.</returns>
    public static List<IPNetwork> Ranges(IReadOnlyList<ScalarNode>? items, string what, DiagnosticList diagnostics)
    {
        var result = new List<IPNetwork>();
        foreach (var item in items ?? [])
        {
            if (IPNetwork.TryParse(item.Value, out var network) && HasNoHostBits(item.Value, network))
            {
                result.Add(network);
            }
            else
            {
                diagnostics.Add(NodeChecks.Invalid(
                    item.Start,
                    $"'{item.Value}' in {what} is not a CIDR range",
                    "Write the network address and prefix length with no host bits set, e.g. '10.6.0.0/16' or '2001:db8::/48'."));
            }
        }

        return result;
    }

    private static bool HasNoHostBits(string text, IPNetwork network)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var written = IPAddress.Parse(slash < 0 ? text : text[..slash]);
        var bytes = written.GetAddressBytes();
        for (var bit = network.PrefixLength; bit < bytes.Length * 8; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
