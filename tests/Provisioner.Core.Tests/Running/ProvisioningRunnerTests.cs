using System.Collections.Concurrent;
using Provisioner.Abstractions;
using Provisioner.Testing.Conformance;

namespace Provisioner.Core.Tests.Running;

public sealed class ProvisioningRunnerTests
{
    [Fact]
    public async Task RunAsync_ManyDevices_NeverExceedsGlobalSiteOrDriverLimits()
    {
        var rig = new TestRig();
        var targets = Enumerable.Range(10, 12).Select(i => rig.AddDevice(i, site: $"site{i % 3}").Target).ToList();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tracker = new InFlightTracker();
        rig.Driver.BeforeOperation = async (device, operation, _) =>
        {
            if (operation == "identify")
            {
                var target = targets.Single(t => t.Address == device.Address);
                tracker.Enter(target.Site);
                await gate.Task;
                tracker.Leave(target.Site);
            }
        };
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { MaxParallel = 5, MaxPerSite = 2 }, rig.Time);

        var run = runner.RunAsync(targets, RunMode.Plan, null, CancellationToken.None);
        await tracker.WaitUntilInFlightAsync(5);
        gate.SetResult();
        var result = await run;

        Assert.Equal(12, result.Devices.Count(d => d.Outcome == DeviceOutcome.WouldChange));
        Assert.Equal(5, tracker.MaxTotal);
        Assert.All(tracker.MaxPerGroup.Values, max => Assert.True(max <= 2, $"a site had {max} devices in flight"));
    }

    [Fact]
    public async Task RunAsync_PerDriverLimit_BoundsDevicesOfThatDriver()
    {
        var rig = new TestRig();
        var targets = Enumerable.Range(10, 8).Select(i => rig.AddDevice(i, site: $"site{i}").Target).ToList();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tracker = new InFlightTracker();
        rig.Driver.BeforeOperation = async (_, operation, _) =>
        {
            if (operation == "identify")
            {
                tracker.Enter("all");
                await gate.Task;
                tracker.Leave("all");
            }
        };
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { MaxParallel = 8, MaxPerDriver = 3 }, rig.Time);

        var run = runner.RunAsync(targets, RunMode.Plan, null, CancellationToken.None);
        await tracker.WaitUntilInFlightAsync(3);
        gate.SetResult();
        await run;

        Assert.Equal(3, tracker.MaxTotal);
    }

    [Fact]
    public async Task RunAsync_TimeoutTwiceThenAnswers_RetriesWithBackOffAndSucceeds()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.OpenFailures.Enqueue(new DeviceTimeoutException("no answer"));
        device.OpenFailures.Enqueue(new DeviceTimeoutException("no answer"));
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { TimeoutRetries = 2, RetryDelay = TimeSpan.FromSeconds(2) }, rig.Time, random: () => 0.5);

        var result = await AdvanceUntilDone(rig, runner.RunAsync([target], RunMode.Plan, null, CancellationToken.None));

        var device0 = Assert.Single(result.Devices);
        Assert.Equal(DeviceOutcome.WouldChange, device0.Outcome);
        Assert.Equal(3, device0.Attempts);
    }

    [Fact]
    public async Task RunAsync_TimeoutOnEveryAttempt_IsTimeoutAfterAllRetries()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        for (var i = 0; i < 3; i++)
        {
            device.OpenFailures.Enqueue(new DeviceTimeoutException("no answer"));
        }

        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { TimeoutRetries = 2 }, rig.Time);

        var result = await AdvanceUntilDone(rig, runner.RunAsync([target], RunMode.Plan, null, CancellationToken.None));

        Assert.Equal(DeviceOutcome.Timeout, result.Devices[0].Outcome);
        Assert.Equal(3, result.Devices[0].Attempts);
    }

    [Fact]
    public async Task RunAsync_RetriesOff_TimeoutIsFinalAfterOneAttempt()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.OpenFailures.Enqueue(new DeviceTimeoutException("no answer"));
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { TimeoutRetries = 0 }, rig.Time);

        var result = await runner.RunAsync([target], RunMode.Plan, null, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Timeout, result.Devices[0].Outcome);
        Assert.Equal(1, result.Devices[0].Attempts);
    }

    [Fact]
    public async Task RunAsync_RejectedValue_IsNeverRetried()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.Inject(new SimulatedFault.RejectWrites(SettingKey.SmtpRelay));
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { TimeoutRetries = 2 }, rig.Time);

        var result = await runner.RunAsync([target], RunMode.Apply, null, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Rejected, result.Devices[0].Outcome);
        Assert.Equal(1, result.Devices[0].Attempts);
    }

    [Fact]
    public async Task RunAsync_DeviceSilentPastDeadline_IsTimeoutWithDeadlineDiagnostic()
    {
        var rig = new TestRig(options: new EngineOptions { RequestTimeout = TimeSpan.FromHours(1) });
        var (device, target) = rig.AddDevice(2);
        device.Inject(new SimulatedFault.Silent());
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { DeviceDeadline = TimeSpan.FromSeconds(30) }, rig.Time);

        var result = await AdvanceUntilDone(rig, runner.RunAsync([target], RunMode.Plan, null, CancellationToken.None));

        Assert.Equal(DeviceOutcome.Timeout, result.Devices[0].Outcome);
        Assert.Equal("device.deadline", Assert.Single(result.Devices[0].Diagnostics).Code);
    }

    [Fact]
    public async Task RunAsync_StoppedWhileDevicesInFlight_FinishesThoseAndSkipsTheRest()
    {
        var rig = new TestRig();
        var targets = Enumerable.Range(10, 6).Select(i => rig.AddDevice(i).Target).ToList();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tracker = new InFlightTracker();
        rig.Driver.BeforeOperation = async (_, operation, _) =>
        {
            if (operation == "identify")
            {
                tracker.Enter("all");
                await gate.Task;
            }
        };
        using var stop = new CancellationTokenSource();
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions { MaxParallel = 2 }, rig.Time);

        var run = runner.RunAsync(targets, RunMode.Apply, null, stop.Token);
        await tracker.WaitUntilInFlightAsync(2);
        await stop.CancelAsync();
        gate.SetResult();
        var result = await run;

        Assert.True(result.Cancelled);
        Assert.Equal(2, result.Devices.Count(d => d.Outcome == DeviceOutcome.Changed));
        Assert.Equal(4, result.Devices.Count(d => d.Outcome == DeviceOutcome.Skipped));
        Assert.Equal(RunResult.ExitFailed, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_WithProgress_ReportsEveryDeviceAndFinalCounts()
    {
        var rig = new TestRig();
        var targets = Enumerable.Range(10, 4).Select(i => rig.AddDevice(i).Target).ToList();
        var reports = new ConcurrentQueue<RunProgress>();
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions(), rig.Time);

        await runner.RunAsync(targets, RunMode.Plan, new SynchronousProgress(reports.Enqueue), CancellationToken.None);

        Assert.Equal(5, reports.Count);
        var last = reports.Last();
        Assert.Equal(4, last.Completed);
        Assert.Equal(4, last.Counts[DeviceOutcome.WouldChange]);
    }

    [Fact]
    public async Task RunAsync_ResultsKeepInputOrder()
    {
        var rig = new TestRig();
        var targets = Enumerable.Range(10, 5).Select(i => rig.AddDevice(i, site: $"s{i}").Target).ToList();
        var runner = new ProvisioningRunner(rig.Engine, new RunnerOptions(), rig.Time);

        var result = await runner.RunAsync(targets, RunMode.Plan, null, CancellationToken.None);

        Assert.Equal(targets.Select(t => t.Name), result.Devices.Select(d => d.Target.Name));
    }

    private static async Task<RunResult> AdvanceUntilDone(TestRig rig, Task<RunResult> run)
    {
        for (var i = 0; i < 10_000 && !run.IsCompleted; i++)
        {
            rig.Time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(1);
        }

        return await run;
    }
}
