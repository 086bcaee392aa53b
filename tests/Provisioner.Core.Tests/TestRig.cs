using Microsoft.Extensions.Time.Testing;
using Provisioner.Abstractions;
using Provisioner.Testing.Fakes;
using Serilog;

namespace Provisioner.Core.Tests;

/// <summary>A scripted driver with devices, secrets and an engine on a fake clock, for engine, runner and report tests.</summary>
internal sealed class TestRig
{
    public TestRig(DriverDescriptor? descriptor = null, EngineOptions? options = null, ILogger? log = null)
    {
        Driver = new ScriptedDriver(descriptor, Time);
        Options = options ?? new EngineOptions { RequestTimeout = TimeSpan.FromSeconds(5) };
        Engine = new DeviceEngine(new DriverCatalog([Driver]), Secrets, Redactor, Options, Time, log);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public ScriptedDriver Driver { get; }

    public DictionarySecretResolver Secrets { get; } = new DictionarySecretResolver()
        .Add("env:SNMP_RW", ScriptedHarness.Community).Add("env:SMTP_PW", "smtp-pass-91c2");

    public SecretRedactor Redactor { get; } = new();

    public EngineOptions Options { get; }

    public DeviceEngine Engine { get; }

    /// <summary>Operations the driver saw, as <c>device:operation</c>.</summary>
    public List<string> Operations { get; } = [];

    /// <summary>Adds a device at 127.0.0.<paramref name="host"/> in the harness's initial state and returns its target.</summary>
    public (ScriptedDevice Device, DeviceTarget Target) AddDevice(int host, string site = "newyork", NotificationSettings? desired = null, string? name = null)
    {
        var address = $"127.0.0.{host}";
        var device = Driver.Add(new ScriptedDevice(address, ScriptedHarness.Community, ScriptedHarness.InitialState));
        var target = new DeviceTarget
        {
            Name = name ?? $"ups-{site}-{host:00}",
            Site = site,
            Kind = "ups",
            DriverId = Driver.Descriptor.Id,
            Address = address,
            Credentials = new CredentialSet { Name = "snmp-rw", Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "SNMP_RW") } },
            Desired = desired ?? ScriptedHarness.DesiredSettings,
        };
        return (device, target);
    }

    /// <summary>Records every driver operation in <see cref="Operations"/>.</summary>
    public TestRig Recording()
    {
        Driver.BeforeOperation = (device, operation, _) =>
        {
            lock (Operations)
            {
                Operations.Add($"{device.Address}:{operation}");
            }

            return Task.CompletedTask;
        };
        return this;
    }
}
