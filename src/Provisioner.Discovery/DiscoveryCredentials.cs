using Provisioner.Abstractions;

namespace Provisioner.Discovery;

/// <summary>
/// The credentials discovery probes with, from the command line: a community reference (SNMPv2c) or an
/// SNMPv3 user; also the <c>credentials:</c> entry the skeleton writes for them (references only).
/// </summary>
public static class DiscoveryCredentials
{
    private static readonly Dictionary<string, SnmpAuthProtocol> Auth = new(StringComparer.Ordinal)
    {
        ["md5"] = SnmpAuthProtocol.Md5, ["sha"] = SnmpAuthProtocol.Sha1, ["sha224"] = SnmpAuthProtocol.Sha224,
        ["sha256"] = SnmpAuthProtocol.Sha256, ["sha384"] = SnmpAuthProtocol.Sha384, ["sha512"] = SnmpAuthProtocol.Sha512,
    };

    private static readonly Dictionary<string, SnmpPrivProtocol> Priv = new(StringComparer.Ordinal)
    {
        ["des"] = SnmpPrivProtocol.Des, ["aes"] = SnmpPrivProtocol.Aes128, ["aes192"] = SnmpPrivProtocol.Aes192,
        ["aes256"] = SnmpPrivProtocol.Aes256, ["aes192c"] = SnmpPrivProtocol.Aes192Cisco, ["aes256c"] = SnmpPrivProtocol.Aes256Cisco,
    };

    /// <summary>The set name the skeleton uses for credentials given on the command line.</summary>
    public const string SetName = "discovered-snmp";

    /// <summary>An SNMPv2c set from a community reference.</summary>
    /// <param name="community">The reference as typed, e.g. <c>env:SITE_COMMUNITY</c>.</param>
    /// <returns>The set and its skeleton text.</returns>
    /// <exception cref="ArgumentException">The value is not an <c>env:</c> or <c>file:</c> reference.</exception>
    public static (CredentialSet Set, string Yaml) Community(string community)
    {
        var reference = Reference(community, "--community");
        return (new CredentialSet { Name = SetName, Snmp = new SnmpCredentials { Version = SnmpVersion.V2c, Community = reference } },
            $"snmp: {{ version: 2c, community: {reference} }}");
    }

    /// <summary>An SNMPv3 set.</summary>
    /// <param name="user">The user name.</param>
    /// <param name="auth">The authentication protocol word, or null for noAuthNoPriv.</param>
    /// <param name="authPassword">The authentication pass phrase reference.</param>
    /// <param name="priv">The privacy protocol word, or null.</param>
    /// <param name="privPassword">The privacy pass phrase reference.</param>
    /// <returns>The set and its skeleton text.</returns>
    /// <exception cref="ArgumentException">A protocol word is unknown or a reference is missing.</exception>
    public static (CredentialSet Set, string Yaml) V3(string user, string? auth, string? authPassword, string? priv, string? privPassword)
    {
        var credentials = new SnmpCredentials { Version = SnmpVersion.V3, User = user };
        var yaml = $"snmp: {{ version: \"3\", user: {user}";
        if (auth is not null)
        {
            var reference = Reference(authPassword ?? throw new ArgumentException("--auth-protocol needs --auth-password env:NAME."), "--auth-password");
            credentials = credentials with { AuthProtocol = Word(Auth, auth, "--auth-protocol"), AuthPassword = reference };
            yaml += $", auth: {auth}, auth_password: {reference}";
        }

        if (priv is not null)
        {
            var reference = Reference(privPassword ?? throw new ArgumentException("--priv-protocol needs --priv-password env:NAME."), "--priv-password");
            credentials = credentials with { PrivProtocol = Word(Priv, priv, "--priv-protocol"), PrivPassword = reference };
            yaml += $", priv: {priv}, priv_password: {reference}";
        }

        return (new CredentialSet { Name = SetName, Snmp = credentials }, yaml + " }");
    }

    private static SecretReference Reference(string text, string option) =>
        SecretReference.TryParse(text, out var reference)
            ? reference
            : throw new ArgumentException($"{option} takes a reference, env:NAME or file:PATH, never the secret itself (it would stay in your shell history).");

    private static T Word<T>(Dictionary<string, T> words, string text, string option) =>
        words.TryGetValue(text, out var value) ? value : throw new ArgumentException($"{option} {text} is not known; use one of {string.Join(", ", words.Keys)}.");
}
