using System.CommandLine;
using System.Text.RegularExpressions;
using Provisioner.Discovery;

namespace Provisioner.Cli.Commands;

/// <summary>The options of <c>provisioner discover</c>.</summary>
internal sealed partial class DiscoverOptions
{
    private readonly Option<string[]> ranges = new("--range") { Description = $"An IPv4 range to probe, CIDR (repeatable), at most a /{Ipv4Range.WidestPrefix}.", HelpName = "CIDR", Required = true };
    private readonly Option<string?> credentials = new("--credentials") { Description = "A credential set of the inventory given with --inventory.", HelpName = "NAME" };
    private readonly Option<string?> inventory = new("--inventory") { Description = "The inventory to take --credentials from; the skeleton is then only the site, to add to it.", HelpName = "DIR" };
    private readonly Option<string?> community = new("--community") { Description = "SNMPv2c community as a reference: env:NAME or file:PATH.", HelpName = "REF" };
    private readonly Option<string?> user = new("--user") { Description = "SNMPv3 user name.", HelpName = "NAME" };
    private readonly Option<string?> authProtocol = new("--auth-protocol") { Description = "SNMPv3 authentication: md5|sha|sha224|sha256|sha384|sha512.", HelpName = "PROTO" };
    private readonly Option<string?> authPassword = new("--auth-password") { Description = "SNMPv3 authentication pass phrase reference: env:NAME or file:PATH.", HelpName = "REF" };
    private readonly Option<string?> privProtocol = new("--priv-protocol") { Description = "SNMPv3 privacy: des|aes|aes192|aes256|aes192c|aes256c.", HelpName = "PROTO" };
    private readonly Option<string?> privPassword = new("--priv-password") { Description = "SNMPv3 privacy pass phrase reference: env:NAME or file:PATH.", HelpName = "REF" };
    private readonly Option<string> site = new("--site") { Description = "The site id for the skeleton (lower-case letters and digits).", HelpName = "ID", DefaultValueFactory = _ => "discovered" };
    private readonly Option<string?> output = new("--out") { Description = "Write the skeleton to FILE and print a summary; standard output otherwise.", HelpName = "FILE" };
    private readonly Option<int> parallel = new("--parallel") { Description = "Most probes in flight at once.", HelpName = "N", DefaultValueFactory = _ => 32 };
    private readonly Option<double> timeout = new("--timeout") { Description = "Seconds to wait for each address (no retry).", HelpName = "SECONDS", DefaultValueFactory = _ => 1.0 };
    private readonly Option<int> port = new("--port") { Description = "The SNMP port to probe.", HelpName = "N", DefaultValueFactory = _ => 161 };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { ranges, credentials, inventory, community, user, authProtocol, authPassword, privProtocol, privPassword, site, output, parallel, timeout, port })
        {
            command.Add(option);
        }
    }

    /// <summary>Reads and checks the values.</summary>
    /// <param name="result">The parse result.</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public Values Read(ParseResult result)
    {
        var values = new Values(
            result.GetValue(ranges) ?? [],
            result.GetValue(credentials),
            result.GetValue(inventory),
            result.GetValue(community),
            result.GetValue(user),
            result.GetValue(authProtocol),
            result.GetValue(authPassword),
            result.GetValue(privProtocol),
            result.GetValue(privPassword),
            result.GetValue(site) ?? "discovered",
            result.GetValue(output),
            result.GetValue(parallel),
            result.GetValue(timeout),
            result.GetValue(port));
        if (values.Parallel is < 1 or > 1024)
        {
            throw new ArgumentException($"--parallel {values.Parallel} is out of range; give 1 to 1024.");
        }

        if (values.TimeoutSeconds is <= 0 or > 60 || double.IsNaN(values.TimeoutSeconds))
        {
            throw new ArgumentException($"--timeout {values.TimeoutSeconds} is out of range; give seconds above 0, at most 60.");
        }

        if (values.Port is < 1 or > 65535)
        {
            throw new ArgumentException($"--port {values.Port} is out of range; give 1 to 65535.");
        }

        if (!SiteId().IsMatch(values.Site))
        {
            throw new ArgumentException($"--site {values.Site} is not a site id; use lower-case letters and digits, e.g. --site newyork.");
        }

        return values;
    }

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex SiteId();

    /// <summary>The values given.</summary>
    internal sealed record Values(
        IReadOnlyList<string> Ranges,
        string? Credentials,
        string? Inventory,
        string? Community,
        string? User,
        string? AuthProtocol,
        string? AuthPassword,
        string? PrivProtocol,
        string? PrivPassword,
        string Site,
        string? Out,
        int Parallel,
        double TimeoutSeconds,
        int Port);
}
