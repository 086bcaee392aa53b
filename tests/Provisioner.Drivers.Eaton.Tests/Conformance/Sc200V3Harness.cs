using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The SC200 over SNMPv3 authPriv, HMAC-SHA-256 + AES-128.</summary>
public sealed class Sc200V3Harness() : Sc200LabHarness(92)
{
    public override KnownDeviations Deviations { get; } = KnownDeviations.None;

    protected override CredentialSet Credentials { get; } = EatonLabCredentials.V3("LAB_AUTH");

    protected override CredentialSet WrongCredentials { get; } = EatonLabCredentials.V3("LAB_WRONG_AUTH");

    protected override LabDeviceSpec Spec { get; } = Sc200Spec() with { Users = [EatonLabCredentials.V3User] };
}
