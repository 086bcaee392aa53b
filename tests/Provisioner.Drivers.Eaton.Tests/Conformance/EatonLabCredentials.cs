using Provisioner.Abstractions;
using Provisioner.Snmp.Security;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The credentials every Eaton lab harness uses, one set per SNMP version, so the SC200 and SC300 harnesses differ only in the controller.</summary>
internal static class EatonLabCredentials
{
    /// <summary>The lab's read-write community, as the agent holds it.</summary>
    public const string Community = "lab-rw-3c1f";

    /// <summary>What SNMPv2c cannot do that the conformance suite asks for.</summary>
    public static KnownDeviations V2cDeviations { get; } = KnownDeviations.None
        .Add("BadCredentials_IsAuthFailed", "An SNMPv2c agent drops a request with a wrong community without answering (RFC 3584 §4.1; net-snmp does the same), so bad credentials look like a timeout.");

    /// <summary>The agent's SNMPv3 user: HMAC-SHA-256 + AES-128.</summary>
    public static UsmUser V3User { get; } = new("provisioner", AuthenticationProtocol.Sha256, "auth-pass-5e9a", PrivacyProtocol.Aes128, "priv-pass-77b0");

    /// <summary>SNMPv2c credentials whose community is the environment variable <paramref name="variable"/>.</summary>
    public static CredentialSet V2c(string name, string variable) =>
        new() { Name = name, Snmp = new SnmpCredentials { Version = SnmpVersion.V2c, Community = new SecretReference(SecretScheme.Environment, variable) } };

    /// <summary>SNMPv3 authPriv credentials whose auth password is the environment variable <paramref name="auth"/>.</summary>
    public static CredentialSet V3(string auth) => new()
    {
        Name = "lab-v3",
        Snmp = new SnmpCredentials
        {
            Version = SnmpVersion.V3,
            User = "provisioner",
            AuthProtocol = SnmpAuthProtocol.Sha256,
            AuthPassword = new SecretReference(SecretScheme.Environment, auth),
            PrivProtocol = SnmpPrivProtocol.Aes128,
            PrivPassword = new SecretReference(SecretScheme.Environment, "LAB_PRIV"),
        },
    };
}
