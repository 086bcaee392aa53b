using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Security;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// The credentials of the scale lab, shared by the lab process (which accepts them) and the runner
/// and the net-snmp tools (which use them). One credential set for the whole fleet, as a site usually has.
/// </summary>
internal static class ScaleCredentials
{
    public const string Community = "scale-rw-5d21";

    public const string User = "provisioner";

    public const string AuthPassword = "scale-auth-8c3e";

    public const string PrivPassword = "scale-priv-41f7";

    /// <summary>The secret values behind the inventory's references.</summary>
    public static IReadOnlyDictionary<string, string> Secrets { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SCALE_COMMUNITY"] = Community,
        ["SCALE_AUTH"] = AuthPassword,
        ["SCALE_PRIV"] = PrivPassword,
    };

    /// <summary>The lab spec of device <paramref name="name"/> accepting <paramref name="version"/>.</summary>
    public static LabDeviceSpec Spec(string name, string inventoryAddress, string version) => version == "3"
        ? new LabDeviceSpec(name, "eaton.sc200", inventoryAddress) { Users = [new UsmUser(User, AuthenticationProtocol.Sha256, AuthPassword, PrivacyProtocol.Aes128, PrivPassword)] }
        : new LabDeviceSpec(name, "eaton.sc200", inventoryAddress) { Communities = [Community] };

    /// <summary>The inventory's credential set for <paramref name="version"/>.</summary>
    public static CredentialSet Set(string version) => version == "3"
        ? new CredentialSet
        {
            Name = "scale-v3",
            Snmp = new SnmpCredentials
            {
                Version = SnmpVersion.V3,
                User = User,
                AuthProtocol = SnmpAuthProtocol.Sha256,
                AuthPassword = new SecretReference(SecretScheme.Environment, "SCALE_AUTH"),
                PrivProtocol = SnmpPrivProtocol.Aes128,
                PrivPassword = new SecretReference(SecretScheme.Environment, "SCALE_PRIV"),
            },
        }
        : new CredentialSet { Name = "scale-v2c", Snmp = new SnmpCredentials { Version = SnmpVersion.V2c, Community = new SecretReference(SecretScheme.Environment, "SCALE_COMMUNITY") } };

    /// <summary>The net-snmp command-line options for <paramref name="version"/>.</summary>
    public static string ToolOptions(string version) => version == "3"
        ? $"-v 3 -l authPriv -u {User} -a SHA-256 -A {AuthPassword} -x AES -X {PrivPassword}"
        : $"-v 2c -c {Community}";
}
