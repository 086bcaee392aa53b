using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The SC200 over SNMPv2c with a read-write community.</summary>
public sealed class Sc200V2cHarness() : Sc200LabHarness(91)
{
    public override KnownDeviations Deviations => EatonLabCredentials.V2cDeviations;

    protected override CredentialSet Credentials { get; } = EatonLabCredentials.V2c("lab-v2c", "LAB_COMMUNITY");

    protected override CredentialSet WrongCredentials { get; } = EatonLabCredentials.V2c("lab-v2c-wrong", "LAB_WRONG");

    protected override LabDeviceSpec Spec { get; } = Sc200Spec() with { Communities = [EatonLabCredentials.Community] };
}
