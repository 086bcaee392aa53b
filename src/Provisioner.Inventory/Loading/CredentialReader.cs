using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Reads the <c>credentials</c> section: named sets of references, never secrets.</summary>
internal static class CredentialReader
{
    private static readonly string[] SetKeys = ["snmp", "ssh", "http", .. PeerPinReader.Keys];
    private static readonly string[] SnmpKeys = ["version", "community", "user", "auth", "auth_password", "priv", "priv_password", "context"];
    private static readonly string[] SshKeys = ["user", "password", "private_key", "private_key_passphrase"];
    private static readonly string[] HttpKeys = ["user", "password", "token"];

    /// <summary>Reads every named set of <c>credentials</c>.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="sets">Receives the sets.</param>
    /// <param name="diagnostics">Receives errors.</param>
    public static void ReadAll(SyntaxNode node, List<CredentialDraft> sets, DiagnosticList diagnostics)
    {
        var mapping = NodeChecks.Mapping(node, "credentials", "'credentials: { snmp-ny: { snmp: { version: 2c, community: env:NY_COMMUNITY } } }'", diagnostics);
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            var context = $"credentials '{key.Value}'";
            var setMapping = NodeChecks.Mapping(value, context, "'{ snmp: { version: 2c, community: env:NY_COMMUNITY } }'", diagnostics);
            if (setMapping is null)
            {
                continue;
            }

            var fields = new MappingFields(setMapping, context, SetKeys, diagnostics);
            var variable = key.Value.ToUpperInvariant().Replace('-', '_').Replace('.', '_');
            var snmpFields = fields.Map("snmp") is { } snmp ? new MappingFields(snmp, $"{context} snmp", SnmpKeys, diagnostics) : null;
            var pins = PeerPinReader.Read(fields, diagnostics);
            var set = new CredentialSet
            {
                Name = key.Value,
                Snmp = snmpFields is null ? null : Snmp(snmpFields, variable, diagnostics),
                Ssh = fields.Map("ssh") is { } ssh ? Ssh(new MappingFields(ssh, $"{context} ssh", SshKeys, diagnostics), variable, diagnostics) : null,
                Http = fields.Map("http") is { } http ? Http(new MappingFields(http, $"{context} http", HttpKeys, diagnostics), variable) : null,
            };
            var sources = fields.SourcesAt(key.Start);
            var positions = sources.Keys.ToDictionary(k => k, sources.Of, StringComparer.Ordinal);
            foreach (var snmpKey in snmpFields?.Sources.Keys ?? [])
            {
                positions["snmp." + snmpKey] = snmpFields!.Sources.Of(snmpKey);
            }

            sets.Add(new CredentialDraft(set, new SourceMap(key.Start, positions)) { Pins = pins });
        }
    }

    private static SnmpCredentials Snmp(MappingFields fields, string variable, DiagnosticList diagnostics)
    {
        var version = fields.Choice("version", InventoryNames.SnmpVersions, true) ?? SnmpVersion.V2c;
        if (version != SnmpVersion.V3)
        {
            return new SnmpCredentials { Version = version, Community = fields.Secret("community", variable + "_COMMUNITY", true) };
        }

        var auth = fields.Choice("auth", InventoryNames.AuthProtocols) ?? SnmpAuthProtocol.None;
        var priv = fields.Choice("priv", InventoryNames.PrivProtocols) ?? SnmpPrivProtocol.None;
        if (priv != SnmpPrivProtocol.None && auth == SnmpAuthProtocol.None)
        {
            diagnostics.Add(NodeChecks.Invalid(fields.Sources.Of("priv"), $"{fields.Context} sets 'priv' without 'auth'", "SNMPv3 privacy needs authentication: add 'auth: sha256' and 'auth_password: env:...'."));
        }

        return new SnmpCredentials
        {
            Version = version,
            User = fields.Text("user", true, "provisioner"),
            AuthProtocol = auth,
            AuthPassword = auth == SnmpAuthProtocol.None ? null : fields.Secret("auth_password", variable + "_AUTH", true),
            PrivProtocol = priv,
            PrivPassword = priv == SnmpPrivProtocol.None ? null : fields.Secret("priv_password", variable + "_PRIV", true),
            ContextName = fields.Text("context") ?? string.Empty,
        };
    }

    private static SshCredentials? Ssh(MappingFields fields, string variable, DiagnosticList diagnostics)
    {
        var user = fields.Text("user", true, "admin");
        var password = fields.Secret("password", variable + "_PASSWORD");
        var key = fields.Secret("private_key", variable + "_KEY");
        var passphrase = fields.Secret("private_key_passphrase", variable + "_KEY_PASSPHRASE");
        if (fields.Has("private_key_passphrase") && !fields.Has("private_key"))
        {
            diagnostics.Add(NodeChecks.Invalid(
                fields.Sources.Of("private_key_passphrase"),
                $"{fields.Context} sets 'private_key_passphrase' without 'private_key'",
                $"The passphrase unlocks a private key: add 'private_key: file:/etc/provisioner/{variable.ToLowerInvariant()}.key', or remove the passphrase."));
        }

        if (!fields.Has("password") && !fields.Has("private_key"))
        {
            diagnostics.Add(Diagnostic.Error(
                InventoryDiagnosticCodes.MissingValue,
                $"Missing required value 'password' or 'private_key' in {fields.Context}",
                $"Add 'password: env:{variable}_PASSWORD' or 'private_key: file:/etc/provisioner/{variable.ToLowerInvariant()}.key'.")
                with { Source = fields.Mapping.Start });
        }

        return user is null ? null : new SshCredentials { User = user, Password = password, PrivateKey = key, PrivateKeyPassphrase = passphrase };
    }

    private static HttpCredentials Http(MappingFields fields, string variable) => new()
    {
        User = fields.Text("user"),
        Password = fields.Secret("password", variable + "_PASSWORD"),
        Token = fields.Secret("token", variable + "_TOKEN"),
    };
}
