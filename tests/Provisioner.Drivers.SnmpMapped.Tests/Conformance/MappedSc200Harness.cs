using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Tests.Lab;
using Provisioner.Snmp.Security;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Fakes;

namespace Provisioner.Drivers.SnmpMapped.Tests.Conformance;

/// <summary>
/// The conformance harness of <c>snmp-mapped</c>: the example mapping that re-describes the Eaton SC200,
/// served by the SC200 lab model on a loopback agent. Subclasses choose SNMPv2c or SNMPv3 authPriv.
/// </summary>
public abstract class MappedSc200Harness : IDriverHarness
{
    private const string Community = "rw-mapped-5d1c";
    private static readonly UsmUser User = new("provisioner", AuthenticationProtocol.Sha256, "auth-pass-83c1f0", PrivacyProtocol.Aes128, "priv-pass-27b9e4");
    private MappedLabDevice? device;

    /// <summary>The SNMP version the targets use.</summary>
    protected abstract SnmpVersion Version { get; }

    public IDeviceDriver Driver { get; private set; } = null!;

    public Provisioner.Testing.Conformance.ISimulatedDevice Device => device!;

    public DeviceTarget Target { get; private set; } = null!;

    public DeviceTarget WrongCredentialsTarget { get; private set; } = null!;

    public DeviceTarget UnreachableTarget { get; private set; } = null!;

    public ISecretResolver Secrets { get; } = new DictionarySecretResolver()
        .Add("env:SNMP_RW", Community).Add("env:SNMP_WRONG", "not-the-community")
        .Add("env:V3_AUTH", User.AuthPassword!).Add("env:V3_PRIV", User.PrivPassword!).Add("env:V3_WRONG", "wrong-pass-0000");

    public EngineOptions EngineOptions { get; } = new() { RequestTimeout = TimeSpan.FromMilliseconds(400) };

    public SettingChange Drift { get; } = new(SettingKey.SmtpFrom, new TextValue("someone-else@contoso.com"));

    public SettingKey FaultKey => SettingKey.SmtpRelay;

    public virtual KnownDeviations Deviations { get; } = KnownDeviations.None;

    public async Task InitializeAsync()
    {
        var loaded = await MappingLoader.LoadFileAsync(Path.Combine(AppContext.BaseDirectory, "examples", "eaton-sc200.yaml"), CancellationToken.None);
        var mapping = loaded.Definition ?? throw new InvalidOperationException(string.Join("; ", loaded.Diagnostics));
        Driver = new MappedSnmpDriver(mapping);
        device = MappedLabDevice.Start(mapping, Community, User);
        var port = device.Agent.LocalEndpoint.Port;
        Target = new DeviceTarget
        {
            Name = "DCP-LAB-01",
            Site = "lab",
            Kind = "dc-power",
            DriverId = Driver.Descriptor.Id,
            Address = "127.0.0.1",
            Port = port,
            Credentials = Credentials(good: true),
            Desired = new NotificationSettings
            {
                RelayAddress = "10.6.0.25",
                FromAddress = "dcp-lab-01@contoso.com",
                Recipients = [new Recipient("alerts-lab-power@contoso.com"), new Recipient("alerts-lab-critical@contoso.com")],
                MinimumSeverity = AlertSeverity.Warning,
            },
        };
        WrongCredentialsTarget = Target with { Credentials = Credentials(good: false) };
        UnreachableTarget = Target with { Name = "DCP-LAB-99", Port = FreeUdpPort() };
    }

    public Task ResetAsync(CancellationToken cancellationToken)
    {
        device!.Reset();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (device is not null)
        {
            await device.DisposeAsync();
        }
    }

    private CredentialSet Credentials(bool good) => Version == SnmpVersion.V3
        ? new CredentialSet
        {
            Name = "snmp-lab-v3",
            Snmp = new SnmpCredentials
            {
                Version = SnmpVersion.V3,
                User = User.Name,
                AuthProtocol = SnmpAuthProtocol.Sha256,
                AuthPassword = new SecretReference(SecretScheme.Environment, good ? "V3_AUTH" : "V3_WRONG"),
                PrivProtocol = SnmpPrivProtocol.Aes128,
                PrivPassword = new SecretReference(SecretScheme.Environment, "V3_PRIV"),
            },
        }
        : new CredentialSet { Name = "snmp-lab", Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, good ? "SNMP_RW" : "SNMP_WRONG") } };

    private static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
