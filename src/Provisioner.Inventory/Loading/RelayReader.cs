using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Reads the <c>relay</c> section.</summary>
internal static class RelayReader
{
    private static readonly string[] RelayKeys = ["address", "hostname", "port", "security", "allowed_ranges", "auth"];
    private static readonly string[] AuthKeys = ["user", "password"];

    /// <summary>Reads <c>relay</c>.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The relay, or null when incomplete.</returns>
    public static Relay? Read(SyntaxNode node, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, "relay", "'relay: { address: 10.6.0.25, port: 25, security: none }'", diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new MappingFields(mapping, "relay", RelayKeys, diagnostics);
        var addressNode = fields.Scalar("address", true, "10.6.0.25");
        var address = AddressSyntax.HostOrAddress(addressNode, "relay.address", diagnostics);
        var hostnameNode = fields.Scalar("hostname");
        var hostname = hostnameNode?.Value;
        if (hostnameNode is not null && MailSyntax.HostNameProblem(hostnameNode.Value) is { } hostnameProblem)
        {
            diagnostics.Add(NodeChecks.Invalid(hostnameNode.Start, $"relay.hostname '{hostnameNode.Value}' is not a host name: {hostnameProblem}", "Write the relay's DNS name, e.g. 'hostname: mail01.contoso.com'."));
            hostname = null;
        }
        var port = fields.Integer("port", 1, 65535);
        var security = fields.Choice("security", InventoryNames.Securities);
        var ranges = AddressSyntax.Ranges(fields.TextList("allowed_ranges", false, "[10.6.0.0/16]"), "relay.allowed_ranges", diagnostics);
        var authNode = fields.Map("auth", false, "{ user: relay-user, password: env:RELAY_PASSWORD }");
        RelayAuth? auth = null;
        if (authNode is not null)
        {
            var authFields = new MappingFields(authNode, "relay.auth", AuthKeys, diagnostics);
            var user = authFields.Text("user", true, "relay-user");
            var password = authFields.Secret("password", "RELAY_PASSWORD", true);
            auth = user is null || password is null ? null : new RelayAuth(user, password, authFields.Sources);
        }

        if (address is null)
        {
            return null;
        }

        return new Relay
        {
            Address = address,
            Hostname = hostname,
            Port = port ?? 25,
            Security = security ?? SmtpSecurity.None,
            AllowedRanges = ranges,
            Auth = auth,
            Sources = fields.Sources,
        };
    }
}
