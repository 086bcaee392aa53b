using Provisioner.Abstractions;
using Provisioner.Core;

namespace Provisioner.Testing.Conformance;

/// <summary>The fault half of the suite: rejected values, lost writes, timeouts, unreachable, bad credentials, write-only values.</summary>
public abstract partial class DriverConformanceTests<THarness>
{
    [Fact]
    public Task Apply_RejectedValue_IsRejectedWithSettingPath() => Conform(async () =>
    {
        Harness.Device.Inject(new SimulatedFault.RejectWrites(Harness.FaultKey));
        var result = await RunAsync(Harness.Target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Path?.StartsWith(Harness.FaultKey.Name, StringComparison.Ordinal) == true);
    });

    [Fact]
    public Task Apply_LostWrite_IsDetectedAndReverted() => Conform(async () =>
    {
        var before = await RunAsync(Harness.Target, RunMode.Plan);
        Harness.Device.Inject(new SimulatedFault.LoseWrites(Harness.FaultKey));
        var result = await RunAsync(Harness.Target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Reverted, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "verify.mismatch" && d.Path == Harness.FaultKey.Name);
        Harness.Device.ClearFaults();
        var after = await RunAsync(Harness.Target, RunMode.Plan);
        Assert.Equal(Describe(before.Before), Describe(after.Before));
    });

    [Fact]
    public Task Silent_IsTimeout() => Conform(async () =>
    {
        Harness.Device.Inject(new SimulatedFault.Silent());
        var result = await RunAsync(Harness.Target, RunMode.Plan);
        Assert.Equal(DeviceOutcome.Timeout, result.Outcome);
        Assert.Empty(Harness.Device.WriteLog);
    });

    [Fact]
    public Task Silent_CancellingTheToken_EndsTheRunWithCancellation() => Conform(async () =>
    {
        Harness.Device.Inject(new SimulatedFault.Silent());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var patient = Harness.EngineOptions with { RequestTimeout = TimeSpan.FromMinutes(5) };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(Harness.Target, RunMode.Plan, patient, cts.Token));
    });

    [Fact]
    public Task Unreachable_IsUnreachable() => Conform(async () =>
    {
        var result = await RunAsync(Harness.UnreachableTarget, RunMode.Plan);
        Assert.Equal(DeviceOutcome.Unreachable, result.Outcome);
    });

    [Fact]
    public Task BadCredentials_IsAuthFailed() => Conform(async () =>
    {
        var result = await RunAsync(Harness.WrongCredentialsTarget, RunMode.Apply);
        Assert.Equal(DeviceOutcome.AuthFailed, result.Outcome);
        Assert.Empty(Harness.Device.WriteLog);
    });

    [Fact]
    public Task WriteOnlySettings_AreUnverifiable_NeverDiffer() => Conform(async () =>
    {
        await RunAsync(Harness.Target, RunMode.Apply);
        var plan = await RunAsync(Harness.Target, RunMode.Plan);
        var writeOnly = Descriptor.WriteOnlySettings.ToHashSet();
        foreach (var comparison in plan.Before)
        {
            Assert.Equal(writeOnly.Contains(comparison.Key), comparison.Kind == ComparisonKind.Unverifiable);
        }

        Assert.Equal(SteadyOutcome(plan.Before), plan.Outcome);
    });

    [Fact]
    public Task ManualSettings_AreReportedAsManualSteps() => Conform(async () =>
    {
        var plan = await RunAsync(Harness.Target, RunMode.Plan);
        var manual = plan.Before.Where(c => c.NeedsAttention && !c.Writable && Descriptor.Find(c.Key)?.ManualStep is not null).Select(c => c.Key).ToHashSet();
        Assert.Equal(manual.Select(k => k.Name).Order(), plan.ManualSteps.Select(s => s.Key.Name).Distinct().Order());
        Assert.Empty(Harness.Device.WriteLog);
    });

    private static string Describe(IEnumerable<SettingComparison> comparisons) =>
        string.Join("; ", comparisons.Select(c => $"{c.Key}={c.Kind}:{(c.Actual is Observed.Known k ? k.Value.ToDisplayString() : c.Actual?.GetType().Name)}"));
}
