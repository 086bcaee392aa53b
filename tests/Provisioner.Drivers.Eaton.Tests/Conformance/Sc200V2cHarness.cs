using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The SC200 over SNMPv2c with a read-write community.</summary>
public sealed class Sc200V2cHarness() : Sc200LabHarness(91)
{
    public override KnownDeviations Deviations { get; } = KnownDeviations.None
        .Add("BadCredentials_IsAuthFailed", "An SNMPv2c agent drops a request with a wrong community without answering (RFC 3584 §4.1; net-snmp does the same), so bad credentials look like a timeout.");

    protected override CredentialSet Credentials { get; } = new() { Name = "lab-v2c", Snmp = new SnmpCredentials { Version = SnmpVersion.V2c, Community = new SecretReference(SecretScheme.Environment, "LAB_COMMUNITY") } };

    protected override CredentialSet WrongCredentials { get; } = new() { Name = "lab-v2c-wrong", Snmp = new SnmpCredentials { Version = SnmpVersion.V2c, Community = new SecretReference(SecretScheme.Environment, "LAB_WRONG") } };

    protected override LabDeviceSpec Spec { get; } = Sc200Spec() with { Communities = ["lab-rw-3c1f"] };
}
