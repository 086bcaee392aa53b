using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Testing.Conformance;

namespace Provisioner.Testing.Fakes;

/// <summary>
/// A conformance harness over <see cref="ScriptedDriver"/>: one device on 127.0.0.2 holding an old
/// configuration (relay 10.0.0.9, recipient alerts-power@), a target that wants the new one.
/// Also the worked example for driver authors writing their own harness.
/// </summary>
public class ScriptedHarness : IDriverHarness
{
    /// <summary>The secret the device accepts.</summary>
    public const string Community = "rw-community-7f3a";

    /// <summary>Creates the harness with <see cref="ScriptedDriver.DefaultDescriptor"/>.</summary>
    public ScriptedHarness()
        : this(ScriptedDriver.DefaultDescriptor)
    {
    }

    /// <summary>Creates the harness with <paramref name="descriptor"/>.</summary>
    /// <param name="descriptor">The driver descriptor (e.g. with Commit and Snapshot capabilities).</param>
    protected ScriptedHarness(DriverDescriptor descriptor)
    {
        var driver = new ScriptedDriver(descriptor);
        Driver = driver;
        ScriptedDevice = driver.Add(new ScriptedDevice("127.0.0.2", Community, InitialState));
        Target = new DeviceTarget
        {
            Name = "ups-ny-01",
            Site = "newyork",
            Kind = "ups",
            DriverId = descriptor.Id,
            Address = "127.0.0.2",
            Credentials = new CredentialSet { Name = "snmp-ny", Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "SNMP_RW") } },
            Desired = DesiredSettings,
        };
        WrongCredentialsTarget = Target with
        {
            Credentials = Target.Credentials with { Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "SNMP_WRONG") } },
        };
        UnreachableTarget = Target with { Name = "ups-ny-99", Address = "127.0.0.3" };
    }

    /// <summary>The old configuration the device starts with.</summary>
    public static IReadOnlyDictionary<SettingKey, SettingValue> InitialState { get; } = new Dictionary<SettingKey, SettingValue>
    {
        [SettingKey.SmtpEnabled] = new BooleanValue(true),
        [SettingKey.SmtpRelay] = new TextValue("10.0.0.9"),
        [SettingKey.SmtpPort] = new IntegerValue(25),
        [SettingKey.SmtpSecurity] = new SecurityValue(SmtpSecurity.None),
        [SettingKey.SmtpFrom] = new TextValue("ups-ny-01@contoso.com"),
        [SettingKey.SmtpRecipients] = new RecipientsValue([new Recipient("alerts-power@contoso.com", AlertSeverity.Warning)]),
        [SettingKey.AlertsMinimumSeverity] = new SeverityValue(AlertSeverity.Warning),
    };

    /// <summary>What the inventory wants.</summary>
    public static NotificationSettings DesiredSettings { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        FromAddress = "ups-ny-01@contoso.com",
        AuthUser = "ups",
        AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
        Recipients = [new Recipient("alerts-newyork-power@contoso.com")],
    };

    /// <inheritdoc/>
    public IDeviceDriver Driver { get; }

    /// <summary>The scripted device, with its extra knobs.</summary>
    public ScriptedDevice ScriptedDevice { get; }

    /// <inheritdoc/>
    public ISimulatedDevice Device => ScriptedDevice;

    /// <inheritdoc/>
    public DeviceTarget Target { get; }

    /// <inheritdoc/>
    public DeviceTarget WrongCredentialsTarget { get; }

    /// <inheritdoc/>
    public DeviceTarget UnreachableTarget { get; }

    /// <inheritdoc/>
    public ISecretResolver Secrets { get; } = new DictionarySecretResolver()
        .Add("env:SNMP_RW", Community).Add("env:SNMP_WRONG", "not-the-community").Add("env:SMTP_PW", "smtp-pass-91c2");

    /// <inheritdoc/>
    public EngineOptions EngineOptions { get; } = new() { RequestTimeout = TimeSpan.FromMilliseconds(50) };

    /// <inheritdoc/>
    public SettingChange Drift { get; } = new(SettingKey.SmtpFrom, new TextValue("someone@contoso.com"));

    /// <inheritdoc/>
    public SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <inheritdoc/>
    public KnownDeviations Deviations { get; } = KnownDeviations.None;

    /// <inheritdoc/>
    public Task ResetAsync(CancellationToken cancellationToken)
    {
        ScriptedDevice.Reset();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;
}
