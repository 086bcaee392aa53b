using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The SC300 over SNMPv3 authPriv, HMAC-SHA-256 + AES-128.</summary>
public sealed class Sc300V3Harness() : Sc300LabHarness(96)
{
    public override KnownDeviations Deviations { get; } = KnownDeviations.None;

    protected override CredentialSet Credentials { get; } = EatonLabCredentials.V3("LAB_AUTH");

    protected override CredentialSet WrongCredentials { get; } = EatonLabCredentials.V3("LAB_WRONG_AUTH");

    protected override LabDeviceSpec Spec { get; } = Sc300Spec() with { Users = [EatonLabCredentials.V3User] };
}
