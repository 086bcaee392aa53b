using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.State;
using Provisioner.Snmp.Client;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Fakes;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>An Eaton controller driver against one lab controller on loopback, over the SNMP version the subclass chooses.</summary>
public abstract class EatonLabHarness : IDriverHarness
{
    private static readonly SnmpClient Client = new();
    private LabHost lab = null!;
    private LabStateFile initial = null!;
    private EatonSimulatedDevice device = null!;

    /// <summary>Creates the harness.</summary>
    /// <param name="addressRange">The lab's 127.x range, distinct per harness so parallel classes never share addresses.</param>
    /// <param name="driver">Creates the driver over the shared client.</param>
    protected EatonLabHarness(byte addressRange, Func<SnmpClient, IDeviceDriver> driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        AddressRange = addressRange;
        Driver = driver(Client);
    }

    public IDeviceDriver Driver { get; }

    public ISimulatedDevice Device => device;

    public DeviceTarget Target { get; private set; } = null!;

    public DeviceTarget WrongCredentialsTarget { get; private set; } = null!;

    public DeviceTarget UnreachableTarget { get; private set; } = null!;

    public ISecretResolver Secrets { get; } = new DictionarySecretResolver()
        .Add("env:LAB_COMMUNITY", "lab-rw-3c1f").Add("env:LAB_WRONG", "not-the-community")
        .Add("env:LAB_AUTH", "auth-pass-5e9a").Add("env:LAB_PRIV", "priv-pass-77b0").Add("env:LAB_WRONG_AUTH", "wrong-pass-0000");

    public EngineOptions EngineOptions { get; } = new() { RequestTimeout = TimeSpan.FromMilliseconds(1500) };

    public SettingChange Drift { get; } = new(SettingKey.SmtpFrom, new TextValue("someone@contoso.com"));

    public SettingKey FaultKey => SettingKey.SmtpRelay;

    public abstract KnownDeviations Deviations { get; }

    /// <summary>The lab device behind <see cref="Target"/>.</summary>
    public LabDevice LabDevice => lab.Devices[0];

    /// <summary>The lab (for its SMTP capture).</summary>
    public LabHost Lab => lab;

    protected byte AddressRange { get; }

    /// <summary>The credentials the lab device accepts.</summary>
    protected abstract CredentialSet Credentials { get; }

    /// <summary>Credentials the lab device refuses.</summary>
    protected abstract CredentialSet WrongCredentials { get; }

    /// <summary>The lab device spec with the accepted credentials.</summary>
    protected abstract LabDeviceSpec Spec { get; }

    /// <summary>The MIB object names of the model, by canonical setting.</summary>
    protected abstract EatonObjectNames Names { get; }

    public async Task InitializeAsync()
    {
        lab = await LabHost.StartAsync([Spec], new LabHostOptions { AddressRange = AddressRange, PreferredSnmpPort = null, Relays = [new(System.Net.IPAddress.Parse("10.6.0.25"), 25)] }, CancellationToken.None);
        initial = lab.SaveState();
        device = new EatonSimulatedDevice(LabDevice, Names);
        Target = new DeviceTarget
        {
            Name = Spec.Name,
            Site = "lab",
            Kind = "dc-power",
            DriverId = Driver.Descriptor.Id,
            Address = LabDevice.Endpoint.Address.ToString(),
            Port = LabDevice.Endpoint.Port,
            Credentials = Credentials,
            Desired = new NotificationSettings
            {
                RelayAddress = "10.6.0.25",
                FromAddress = "dcp-lab-01@contoso.com",
                Recipients = [new Recipient("alerts-power@contoso.com"), new Recipient("alerts-critical@contoso.com", AlertSeverity.Critical)],
                MinimumSeverity = AlertSeverity.Warning,
            },
        };
        WrongCredentialsTarget = Target with { Credentials = WrongCredentials };
        using var probe = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(LabDevice.Endpoint.Address, 0));
        UnreachableTarget = Target with { Name = "dcp-lab-99", Port = ((System.Net.IPEndPoint)probe.Client.LocalEndPoint!).Port };
    }

    public async Task DisposeAsync()
    {
        await lab.DisposeAsync();
    }

    public Task ResetAsync(CancellationToken cancellationToken)
    {
        device.ClearFaults();
        lab.LoadState(initial);
        device.ClearWriteLog();
        return Task.CompletedTask;
    }
}
