using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Running;

/// <summary>
/// Interrupting a run: devices being read stop at once, devices being changed finish unless the run is
/// abandoned too; every device that did not finish is <c>skipped</c> with a diagnostic saying why.
/// </summary>
public sealed class ProvisioningRunnerInterruptionTests
{
    [Theory]
    [InlineData(RunMode.Plan)]
    [InlineData(RunMode.Diff)]
    public async Task RunAsync_ReadOnlyRunInterruptedWhileDevicesAreRead_StopsThemAndSkipsTheRest(RunMode mode)
    {
        var rig = new TestRig();
        var targets = Enumerable.Range(10, 5).Select(i => rig.AddDevice(i).Target).ToList();
        var tracker = new InFlightTracker();
        rig.Driver.BeforeOperation = async (_, operation, token) =>
        {
            if (operation == "identify")
            {
                tracker.Enter("all");
                await Task.Delay(Timeout.Infinite, token);
            }
        };
        using var stop = new CancellationTokenSource();
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { MaxParallel = 2 }, rig.Time);

        var run = runner.RunAsync(targets, mode, null, stop.Token, CancellationToken.None);
        await tracker.WaitUntilInFlightAsync(2);
        await stop.CancelAsync();
        var result = await run;

        Assert.True(result.Cancelled);
        Assert.All(result.Devices, d => Assert.Equal(DeviceOutcome.Skipped, d.Outcome));
        Assert.Equal(["run.interrupted", "run.interrupted", "run.stopped", "run.stopped", "run.stopped"], result.Devices.Select(d => Assert.Single(d.Diagnostics).Code));
        Assert.Equal(RunResult.ExitFailed, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_ApplyInterruptedThenAbandoned_GivesUpOnTheDevicesBeingChanged()
    {
        var rig = new TestRig();
        var targets = Enumerable.Range(10, 3).Select(i => rig.AddDevice(i).Target).ToList();
        var tracker = new InFlightTracker();
        rig.Driver.BeforeOperation = async (_, operation, token) =>
        {
            if (operation == "identify")
            {
                tracker.Enter("all");
                await Task.Delay(Timeout.Infinite, token);
            }
        };
        using var stop = new CancellationTokenSource();
        using var abandon = new CancellationTokenSource();
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { MaxParallel = 1 }, rig.Time);

        var run = runner.RunAsync(targets, RunMode.Apply, null, stop.Token, abandon.Token);
        await tracker.WaitUntilInFlightAsync(1);
        await stop.CancelAsync();
        Assert.False(run.IsCompleted);
        await abandon.CancelAsync();
        var result = await run;

        Assert.True(result.Cancelled);
        var abandoned = Assert.Single(result.Devices[0].Diagnostics);
        Assert.Equal(("run.abandoned", DiagnosticSeverity.Error), (abandoned.Code, abandoned.Severity));
        Assert.Equal(["run.stopped", "run.stopped"], result.Devices.Skip(1).Select(d => Assert.Single(d.Diagnostics).Code));
        Assert.All(result.Devices, d => Assert.Equal(DeviceOutcome.Skipped, d.Outcome));
    }
}
