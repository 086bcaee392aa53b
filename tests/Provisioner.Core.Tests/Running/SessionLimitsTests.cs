using Microsoft.Extensions.Time.Testing;
using Provisioner.Abstractions;
using Provisioner.Testing.Fakes;

namespace Provisioner.Core.Tests.Running;

/// <summary>
/// Per-site and per-driver limits hold in a real run: two scripted drivers (one limited by its descriptor's
/// <see cref="DriverDescriptor.MaxParallelSessions"/>, one by an inventory-style override) across two sites (one
/// with its own limit) count the sessions in flight per site and per driver. The same fleet without the limits
/// exceeds them, which shows the counting can fail.
/// </summary>
public sealed class SessionLimitsTests
{
    private const string Slow = "scripted.slow";
    private const string Fast = "scripted.fast";

    [Fact]
    public async Task RunAsync_SiteAndDriverLimits_NeverExceeded()
    {
        var fleet = new Fleet();
        var options = new RunnerOptions
        {
            MaxParallel = 12,
            MaxPerSite = 5,
            SiteLimits = new Dictionary<string, int> { ["siteb"] = 3 },
            DriverLimits = fleet.Catalog.SessionLimits(new Dictionary<string, int> { [Fast] = 4 }),
        };

        var tracker = await fleet.RunAsync(options, firstWave: 6);

        Assert.Equal(2, options.DriverLimit(Slow));
        Assert.Equal(6, tracker.MaxTotal);
        Assert.Equal(2, tracker.MaxPerGroup[$"driver:{Slow}"]);
        Assert.Equal(4, tracker.MaxPerGroup[$"driver:{Fast}"]);
        Assert.Equal(3, tracker.MaxPerGroup["site:siteb"]);
        Assert.True(tracker.MaxPerGroup["site:sitea"] <= 5, $"site a had {tracker.MaxPerGroup["site:sitea"]} in flight");
    }

    [Fact]
    public async Task RunAsync_WithoutSiteAndDriverLimits_ExceedsThem()
    {
        var fleet = new Fleet();

        var tracker = await fleet.RunAsync(new RunnerOptions { MaxParallel = 12, MaxPerSite = 12, MaxPerDriver = 12 }, firstWave: 12);

        Assert.True(tracker.MaxPerGroup[$"driver:{Slow}"] > 2, $"driver {Slow} had only {tracker.MaxPerGroup[$"driver:{Slow}"]} in flight");
        Assert.True(tracker.MaxPerGroup[$"driver:{Fast}"] > 4);
        Assert.True(tracker.MaxPerGroup["site:siteb"] > 3);
    }

    [Fact]
    public void SessionLimits_DescriptorLimitAndOverride_OverrideWinsAndUnlimitedDriversAreAbsent()
    {
        var catalog = new DriverCatalog([Driver(Slow, 2), Driver(Fast, 10), Driver("scripted.free", null)]);

        var limits = catalog.SessionLimits(new Dictionary<string, int> { [Fast] = 4, ["not.a.driver"] = 1 });

        Assert.Equal(new Dictionary<string, int> { [Slow] = 2, [Fast] = 4 }, limits);
    }

    private static ScriptedDriver Driver(string id, int? limit, TimeProvider? time = null) =>
        new(ScriptedDriver.DefaultDescriptor with { Id = id, MaxParallelSessions = limit }, time);

    /// <summary>24 devices: sites a and b alternate, drivers slow and fast alternate in pairs.</summary>
    private sealed class Fleet
    {
        private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        private readonly List<DeviceTarget> targets = [];

        public Fleet()
        {
            var drivers = new[] { Driver(Slow, 2, time), Driver(Fast, 10, time) };
            Catalog = new DriverCatalog(drivers);
            for (var i = 0; i < 24; i++)
            {
                var driver = drivers[(i / 2) % 2];
                var address = $"127.0.1.{i + 1}";
                driver.Add(new ScriptedDevice(address, ScriptedHarness.Community, ScriptedHarness.InitialState));
                targets.Add(new DeviceTarget
                {
                    Name = $"dev-{i:00}",
                    Site = i % 2 == 0 ? "sitea" : "siteb",
                    Kind = "pdu",
                    DriverId = driver.Descriptor.Id,
                    Address = address,
                    Credentials = new CredentialSet { Name = "snmp-rw", Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "SNMP_RW") } },
                    Desired = ScriptedHarness.DesiredSettings,
                });
            }
        }

        public DriverCatalog Catalog { get; }

        /// <summary>Runs the fleet in plan mode; every device waits in identify until <paramref name="firstWave"/> are in flight, then all go.</summary>
        public async Task<InFlightTracker> RunAsync(RunnerOptions options, int firstWave)
        {
            var tracker = new InFlightTracker();
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            foreach (var driver in Catalog.Drivers.Cast<ScriptedDriver>())
            {
                driver.BeforeOperation = async (device, operation, _) =>
                {
                    if (operation == "identify")
                    {
                        var target = targets.Single(t => t.Address == device.Address);
                        string[] groups = [$"site:{target.Site}", $"driver:{target.DriverId}"];
                        tracker.Enter(groups);
                        await gate.Task;
                        tracker.Leave(groups);
                    }
                };
            }

            var secrets = new DictionarySecretResolver().Add("env:SNMP_RW", ScriptedHarness.Community).Add("env:SMTP_PW", "smtp-pass-5d1e");
            var engine = new DeviceEngine(Catalog, secrets, new SecretRedactor(), new EngineOptions { RequestTimeout = TimeSpan.FromSeconds(5) }, time);
            var run = new ProvisioningRunner(engine, options, time).RunAsync(targets, RunMode.Plan, null, CancellationToken.None);
            var wave = tracker.WaitUntilInFlightAsync(firstWave);
            if (await Task.WhenAny(run, wave) == run)
            {
                var early = await run;
                Assert.Fail($"The run ended before {firstWave} devices were in flight: {string.Join("; ", early.Devices.Select(d => $"{d.Target.Name} {d.Outcome} {string.Join(", ", d.Diagnostics)}"))}");
            }

            await wave;
            gate.SetResult();
            var result = await run;
            Assert.All(result.Devices, d => Assert.True(d.Outcome == DeviceOutcome.WouldChange, $"{d.Target.Name}: {d.Outcome} {string.Join(", ", d.Diagnostics)}"));
            return tracker;
        }
    }
}
