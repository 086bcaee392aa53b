using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>The SC300 over SNMPv2c with a read-write community.</summary>
public sealed class Sc300V2cHarness() : Sc300LabHarness(95)
{
    public override KnownDeviations Deviations => EatonLabCredentials.V2cDeviations;

    protected override CredentialSet Credentials { get; } = EatonLabCredentials.V2c("lab-v2c", "LAB_COMMUNITY");

    protected override CredentialSet WrongCredentials { get; } = EatonLabCredentials.V2c("lab-v2c-wrong", "LAB_WRONG");

    protected override LabDeviceSpec Spec { get; } = Sc300Spec() with { Communities = [EatonLabCredentials.Community] };
}
