using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Security;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The SC300 over SNMPv3 authPriv, HMAC-SHA-256 + AES-128.</summary>
public sealed class Sc300V3Harness() : Sc300LabHarness(96)
{
    public override KnownDeviations Deviations { get; } = KnownDeviations.None;

    protected override CredentialSet Credentials { get; } = V3("LAB_AUTH");

    protected override CredentialSet WrongCredentials { get; } = V3("LAB_WRONG_AUTH");

    protected override LabDeviceSpec Spec { get; } = Sc300Spec() with
    {
        Users = [new UsmUser("provisioner", AuthenticationProtocol.Sha256, "auth-pass-5e9a", PrivacyProtocol.Aes128, "priv-pass-77b0")],
    };

    private static CredentialSet V3(string auth) => new()
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
