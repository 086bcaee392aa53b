using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Outcomes;

public sealed class DeviceOutcomeNamesTests
{
    [Theory]
    [InlineData(DeviceOutcome.Ok, "ok")]
    [InlineData(DeviceOutcome.WouldChange, "would-change")]
    [InlineData(DeviceOutcome.NotSupported, "not-supported")]
    [InlineData(DeviceOutcome.VerifyMismatch, "verify-mismatch")]
    [InlineData(DeviceOutcome.AuthFailed, "auth-failed")]
    [InlineData(DeviceOutcome.IdentityMismatch, "identity-mismatch")]
    [InlineData(DeviceOutcome.Untrusted, "untrusted")]
    public void ToKebabCase_Outcome_IsReportName(DeviceOutcome outcome, string name) => Assert.Equal(name, outcome.ToKebabCase());

    [Fact]
    public void TryParse_EveryName_RoundTrips()
    {
        foreach (var outcome in Enum.GetValues<DeviceOutcome>())
        {
            Assert.True(DeviceOutcomeNames.TryParse(outcome.ToKebabCase(), out var parsed));
            Assert.Equal(outcome, parsed);
        }
    }

    [Fact]
    public void TryParse_UnknownName_IsFalse() => Assert.False(DeviceOutcomeNames.TryParse("Would-Change", out _));

    [Fact]
    public void IsFailure_SuccessfulAndPendingOutcomes_AreNotFailures()
    {
        DeviceOutcome[] fine = [DeviceOutcome.Ok, DeviceOutcome.Changed, DeviceOutcome.WouldChange, DeviceOutcome.Unverifiable, DeviceOutcome.NotSupported];

        Assert.All(fine, o => Assert.False(o.IsFailure()));
        Assert.All(Enum.GetValues<DeviceOutcome>().Except(fine), o => Assert.True(o.IsFailure()));
    }
}
