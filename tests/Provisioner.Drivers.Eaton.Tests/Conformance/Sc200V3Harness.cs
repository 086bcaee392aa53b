using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Security;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The SC200 over SNMPv3 authPriv, HMAC-SHA-256 + AES-128.</summary>
public sealed class Sc200V3Harness() : Sc200LabHarness(92)
{
    public override KnownDeviations Deviations { get; } = KnownDeviations.None;

    protected override CredentialSet Credentials { get; } = V3("LAB_AUTH");

    protected override CredentialSet WrongCredentials { get; } = V3("LAB_WRONG_AUTH");

    protected override LabDeviceSpec Spec { get; } = Sc200Spec() with
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
