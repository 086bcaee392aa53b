using System.Net;
using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Checks the syntax of e-mail addresses, IP addresses and CIDR ranges as they are read; IP text goes through <see cref="IpLiteral"/> only.</summary>
internal static class AddressSyntax
{
    /// <summary>True when <paramref name="text"/> is <c>local@domain</c> with a dot-atom local part and a host-name domain (see <see cref="MailSyntax"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is an e-mail address.</returns>
    public static bool IsMailAddress(string text) => MailSyntax.AddressProblem(text) is null;

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
            if (MailSyntax.AddressProblem(item.Value) is not { } problem)
            {
                result.Add(item.Value);
            }
            else
            {
                diagnostics.Add(NodeChecks.Invalid(item.Start, $"'{item.Value}' in {what} is not an e-mail address: {problem}", "Write a full address such as 'it-team@contoso.com'."));
            }
        }

        return result;
    }

    /// <summary>
    /// Reads a host-or-address value (device address, relay address): text meant as an IP literal must
    /// pass <see cref="IpLiteral.TryParse"/> and is returned in canonical form; anything else is taken
    /// as a host name and returned as written.
    /// </summary>
    /// <param name="node">The scalar, or null when absent.</param>
    /// <param name="what">What the value is, for messages, e.g. <c>relay.address</c>.</param>
    /// <param name="diagnostics">Receives the error.</param>
    /// <returns>The canonical address or the host name; null when absent or invalid.</returns>
    public static string? HostOrAddress(ScalarNode? node, string what, DiagnosticList diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        if (!IpLiteral.LooksLikeLiteral(node.Value))
        {
            if (MailSyntax.HostNameProblem(node.Value) is not { } nameProblem)
            {
                return node.Value;
            }

            diagnostics.Add(NodeChecks.Invalid(
                node.Start,
                $"{what} '{node.Value}' is neither an IP address nor a host name: {nameProblem}",
                "Write an IPv4 address such as 10.6.0.25, an IPv6 address such as 2001:db8::25, or a DNS host name such as ups-ny-01.contoso.com."));
            return null;
        }

        if (IpLiteral.TryParse(node.Value, out var address, out var problem))
        {
            return IpLiteral.Canonical(address);
        }

        diagnostics.Add(NodeChecks.Invalid(
            node.Start,
            $"{what} is not a valid IP address: {problem}",
            "Write IPv4 addresses as four decimal numbers from 0 to 255 without leading zeros (10.6.0.25), IPv6 addresses as RFC 4291 text (2001:db8::25), or a host name."));
        return null;
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
            if (IpLiteral.TryParseNetwork(item.Value, out var network, out var problem))
            {
                result.Add(network);
            }
            else
            {
                diagnostics.Add(NodeChecks.Invalid(
                    item.Start,
                    $"'{item.Value}' in {what} is not a CIDR range: {problem}",
                    "Write the network address and prefix length with no host bits set and no leading zeros, e.g. '10.6.0.0/16' or '2001:db8::/48'."));
            }
        }

        return result;
    }
}
