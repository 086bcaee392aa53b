using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Results;

public sealed class RunResultTests
{
    private static readonly DeviceTarget Target = new()
    {
        Name = "ups-ny-01",
        Site = "newyork",
        DriverId = "scripted.fake",
        Address = "127.0.0.2",
        Credentials = new CredentialSet(),
        Desired = new NotificationSettings { RelayAddress = "10.6.0.25", FromAddress = "ups-ny-01@contoso.com" },
    };

    [Theory]
    [InlineData(RunMode.Plan, new[] { DeviceOutcome.Ok, DeviceOutcome.Unverifiable }, 0)]
    [InlineData(RunMode.Plan, new[] { DeviceOutcome.Ok, DeviceOutcome.WouldChange }, 2)]
    [InlineData(RunMode.Plan, new[] { DeviceOutcome.WouldChange, DeviceOutcome.Timeout }, 1)]
    [InlineData(RunMode.Plan, new[] { DeviceOutcome.NotSupported }, 0)]
    [InlineData(RunMode.Apply, new[] { DeviceOutcome.Ok, DeviceOutcome.Changed, DeviceOutcome.Unverifiable }, 0)]
    [InlineData(RunMode.Apply, new[] { DeviceOutcome.Changed, DeviceOutcome.Reverted }, 1)]
    [InlineData(RunMode.Apply, new[] { DeviceOutcome.Changed, DeviceOutcome.Skipped }, 1)]
    [InlineData(RunMode.Apply, new[] { DeviceOutcome.Rejected }, 1)]
    [InlineData(RunMode.Diff, new[] { DeviceOutcome.Ok }, 0)]
    [InlineData(RunMode.Diff, new[] { DeviceOutcome.Ok, DeviceOutcome.WouldChange }, 2)]
    [InlineData(RunMode.Diff, new[] { DeviceOutcome.WouldChange, DeviceOutcome.AuthFailed }, 1)]
    [InlineData(RunMode.Diff, new DeviceOutcome[0], 0)]
    public void ExitCode_Outcomes_FollowsCommandRules(RunMode mode, DeviceOutcome[] outcomes, int expected)
    {
        var run = new RunResult { Mode = mode, Devices = [.. outcomes.Select(o => new DeviceResult { Target = Target, Mode = mode, Outcome = o })] };

        Assert.Equal(expected, run.ExitCode);
    }

    [Fact]
    public void Counts_MixedOutcomes_CountsPerOutcomeInTaxonomyOrder()
    {
        var run = new RunResult
        {
            Mode = RunMode.Apply,
            Devices = [.. new[] { DeviceOutcome.Timeout, DeviceOutcome.Changed, DeviceOutcome.Changed }.Select(o => new DeviceResult { Target = Target, Mode = RunMode.Apply, Outcome = o })],
        };

        Assert.Equal([KeyValuePair.Create(DeviceOutcome.Changed, 2), KeyValuePair.Create(DeviceOutcome.Timeout, 1)], run.Counts);
    }
}
