using System.Runtime.CompilerServices;
using Provisioner.Abstractions;
using Provisioner.Core;

namespace Provisioner.Testing.Conformance;

/// <summary>
/// The contract tests every driver passes (style-anchors §6.6). A driver test project adds a one-line
/// sealed subclass and an <see cref="IDriverHarness"/>. Keep it to two levels: abstract base, sealed leaf.
/// </summary>
/// <typeparam name="THarness">The driver's harness, used as a class fixture.</typeparam>
public abstract partial class DriverConformanceTests<THarness> : IClassFixture<THarness>
    where THarness : class, IDriverHarness
{
    /// <summary>Creates the suite over <paramref name="harness"/>.</summary>
    /// <param name="harness">The fixture.</param>
    protected DriverConformanceTests(THarness harness) => Harness = harness;

    /// <summary>The fixture.</summary>
    protected THarness Harness { get; }

    private DriverDescriptor Descriptor => Harness.Driver.Descriptor;

    [Fact]
    public Task Descriptor_IsValid() => Conform(() =>
    {
        Assert.Empty(DescriptorRules.Check(Descriptor));
        return Task.CompletedTask;
    });

    [Fact]
    public Task Capabilities_MatchSessionInterfaces() => Conform(async () =>
    {
        await using var session = await Harness.Driver.OpenAsync(OpenRequestFor(Harness.Target, SessionMode.ReadWrite), CancellationToken.None);
        Assert.Empty(DescriptorRules.CheckCapabilities(Descriptor, session));
    });

    [Fact]
    public Task Read_ReturnsEveryDeclaredSetting() => Conform(async () =>
    {
        var keys = Descriptor.Settings.Select(s => s.Key).ToHashSet();
        await using var session = await Harness.Driver.OpenAsync(OpenRequestFor(Harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        var read = await session.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);
        Assert.Equal(keys.Select(k => k.Name).Order(), read.Values.Keys.Select(k => k.Name).Order());
        foreach (var key in Descriptor.WriteOnlySettings)
        {
            Assert.IsType<Observed.WriteOnly>(read.Values[key]);
        }
    });

    [Fact]
    public Task Apply_FromInitialState_IsChangedAndReadBackMatches() => Conform(async () =>
    {
        var result = await RunAsync(Harness.Target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.NotEmpty(result.Changes);
        Assert.All(result.ReadBack, c => Assert.Contains(c.Kind, new[] { ComparisonKind.Match, ComparisonKind.Unverifiable, ComparisonKind.NotSupported }));
        Assert.DoesNotContain(result.ReadBack, c => c.Kind == ComparisonKind.Differs);
    });

    [Fact]
    public Task Apply_Twice_SecondIsOkWithZeroWrites() => Conform(async () =>
    {
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(Harness.Target, RunMode.Apply)).Outcome);
        Harness.Device.ClearWriteLog();
        var second = await RunAsync(Harness.Target, RunMode.Apply);
        Assert.Equal(SteadyOutcome(second.Before), second.Outcome);
        Assert.Empty(second.Changes);
        Assert.Empty(Harness.Device.WriteLog);
    });

    [Fact]
    public Task Plan_WouldChange_WritesNothing() => Conform(async () =>
    {
        var result = await RunAsync(Harness.Target, RunMode.Plan);
        Assert.Equal(DeviceOutcome.WouldChange, result.Outcome);
        Assert.Empty(result.Changes);
        Assert.Empty(Harness.Device.WriteLog);
    });

    [Fact]
    public Task ReadOnlySession_RefusesWrites_DeviceSeesNothing() => Conform(async () =>
    {
        await using var session = await Harness.Driver.OpenAsync(OpenRequestFor(Harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        var change = new SettingChange(Harness.Drift.Key, Harness.Drift.Value);
        await Assert.ThrowsAsync<ReadOnlySessionException>(async () => await session.WriteAsync(new WriteRequest { Changes = [change] }, CancellationToken.None));
        Assert.Empty(Harness.Device.WriteLog);
    });

    [Fact]
    public Task Diff_AfterOutOfBandChange_ShowsExactlyThatSetting() => Conform(async () =>
    {
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(Harness.Target, RunMode.Apply)).Outcome);
        await Harness.Device.SetOutOfBandAsync(Harness.Drift.Key, Harness.Drift.Value, CancellationToken.None);
        Harness.Device.ClearWriteLog();
        var diff = await RunAsync(Harness.Target, RunMode.Diff);
        Assert.Equal(DeviceOutcome.WouldChange, diff.Outcome);
        var differing = Assert.Single(diff.Before, c => c.Kind == ComparisonKind.Differs);
        Assert.Equal(Harness.Drift.Key, differing.Key);
        Assert.Empty(Harness.Device.WriteLog);
    });

    /// <summary>
    /// The outcome of a device already in line: ok, unverifiable when write-only settings remain
    /// uncompared, or not-supported when a setting the device cannot hold and no manual step covers still
    /// differs. Settings set by hand (manual steps) go to the checklist and never decide the outcome. A
    /// writable setting that still differs is never steady.
    /// </summary>
    /// <param name="comparisons">The comparisons of the run.</param>
    /// <returns>The expected outcome.</returns>
    protected static DeviceOutcome SteadyOutcome(IReadOnlyList<SettingComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        Assert.DoesNotContain(comparisons, c => c.NeedsAttention && c.Writable);
        return comparisons.Any(c => c.NeedsAttention && !c.ByHand) ? DeviceOutcome.NotSupported
            : comparisons.Any(c => c.Kind == ComparisonKind.Unverifiable) ? DeviceOutcome.Unverifiable
            : DeviceOutcome.Ok;
    }

    /// <summary>Opens requests the way the engine does, for tests that talk to sessions directly.</summary>
    /// <param name="target">The target.</param>
    /// <param name="mode">The session mode.</param>
    /// <returns>The request.</returns>
    protected OpenRequest OpenRequestFor(DeviceTarget target, SessionMode mode)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new OpenRequest
        {
            DeviceName = target.Name,
            Address = target.Address,
            Port = target.Port ?? Descriptor.DefaultPort,
            Credentials = target.Credentials,
            Secrets = Harness.Secrets,
            Mode = mode,
            Trust = target.Trust,
            Timeout = Harness.EngineOptions.RequestTimeout,
        };
    }

    /// <summary>Runs one device through a fresh engine.</summary>
    /// <param name="target">The device.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="options">Engine options; the harness's when null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    protected Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode, EngineOptions? options = null, CancellationToken cancellationToken = default) =>
        new DeviceEngine(new DriverCatalog([Harness.Driver]), Harness.Secrets, new SecretRedactor(), options ?? Harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, cancellationToken);

    /// <summary>Resets the device, then runs <paramref name="body"/>; for a listed deviation, requires it to fail still.</summary>
    /// <param name="body">The test body.</param>
    /// <param name="test">The test name (filled in by the compiler).</param>
    /// <returns>The test task.</returns>
    protected async Task Conform(Func<Task> body, [CallerMemberName] string test = "")
    {
        ArgumentNullException.ThrowIfNull(body);
        await Harness.ResetAsync(CancellationToken.None);
        await Harness.Deviations.RunAsync(test, body);
    }
}
