using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Apc.Nmc;
using Provisioner.Lab.Devices.Apc.Nmc;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Fakes;
using Provisioner.Testing.Simulators.Ssh;
using Provisioner.Transport.Ssh;

namespace Provisioner.Drivers.Apc.Tests.Nmc;

/// <summary>
/// The <c>apc.nmc</c> driver against a lab card of the product's lab (<see cref="SshLabDevice"/>): a real OpenSSH sshd on
/// 127.160.x.x with the lab's host key (which the target trusts, as <c>provisioner trust</c> records it) and the CLI
/// emulator <c>nmc-cli.py</c> as its forced command on the lab's JSON state file. Reset writes the initial state back.
/// </summary>
public sealed class NmcHarness : IDriverHarness
{
    /// <summary>The SMTP password the inventory holds (a canary: it must never show in a transcript or report).</summary>
    public const string SmtpPassword = "smtp-canary-9d2e";

    private SshLabDevice? lab;
    private string? initial;
    private DeviceTarget? target;
    private DeviceTarget? unreachable;

    /// <inheritdoc/>
    public IDeviceDriver Driver => field ??= CreateDriver(new SshConnector());

    /// <summary>The lab card's state.</summary>
    public NmcSimulatedDevice Card { get; private set; } = null!;

    /// <inheritdoc/>
    public ISimulatedDevice Device => Card;

    /// <summary>The sshd in front of the card.</summary>
    public SshLabDevice Lab => lab ?? throw NotStarted();

    /// <inheritdoc/>
    public DeviceTarget Target => target ?? throw NotStarted();

    /// <inheritdoc/>
    public DeviceTarget WrongCredentialsTarget => Target with
    {
        Credentials = Target.Credentials with { Ssh = Target.Credentials.Ssh! with { PrivateKey = new SecretReference(SecretScheme.File, Lab.StrangerKeyPath) } },
    };

    /// <inheritdoc/>
    public DeviceTarget UnreachableTarget => unreachable ?? throw NotStarted();

    /// <inheritdoc/>
    public ISecretResolver Secrets { get; } = new DictionarySecretResolver().Add("env:SMTP_PW", SmtpPassword);

    /// <inheritdoc/>
    public EngineOptions EngineOptions { get; } = new() { RequestTimeout = TimeSpan.FromSeconds(3) };

    /// <inheritdoc/>
    public SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    /// <inheritdoc/>
    public SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <inheritdoc/>
    public KnownDeviations Deviations => KnownDeviations.None;

    /// <summary>The card's initial state: an old relay and one old recipient, no authentication.</summary>
    /// <returns>The state.</returns>
    public static NmcLabState InitialState()
    {
        var state = new NmcLabState();
        state.Smtp.Server = "10.9.9.9";
        state.Smtp.From = "apc@example.com";
        state.Recipients[0].To = "old-ops@example.com";
        state.Recipients[0].Generation = "enable";
        return state;
    }

    /// <summary>Creates the driver on a connector (a terminal only when sshd runs as root and can hand one out).</summary>
    /// <param name="connector">The connector.</param>
    /// <returns>The driver.</returns>
    public static ApcNmcDriver CreateDriver(SshConnector connector) => new(connector, terminal: SshLabDevice.PtyAvailable);

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        lab = await SshLabDevice.StartAsync("lab-ssh-01", NmcDescriptor.Id, 160, CancellationToken.None);
        Card = new NmcSimulatedDevice(lab.Model.StatePath);
        initial = InitialState().ToJson();
        await ResetAsync(CancellationToken.None);
        target = new DeviceTarget
        {
            Name = "lab-ssh-01",
            Site = "lab",
            Kind = "ups",
            DriverId = NmcDescriptor.Id,
            Address = lab.Endpoint.Address.ToString(),
            Port = lab.Endpoint.Port,
            Credentials = new CredentialSet { Name = "lab-ssh", Ssh = new SshCredentials { User = SshLabDevice.User, PrivateKey = new SecretReference(SecretScheme.File, lab.ClientKeyPath) } },
            Trust = new PeerTrust { HostKeyFingerprints = [lab.HostFingerprint] },
            Desired = new NotificationSettings
            {
                RelayAddress = "10.6.0.25",
                RelayPort = 25,
                Security = SmtpSecurity.StartTls,
                AuthUser = "nmc-alerts",
                AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
                FromAddress = "lab-ssh-01@example.com",
                Recipients = [new Recipient("ops@example.com"), new Recipient("power@example.com")],
            },
        };
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(lab.Endpoint.Address, 0));
        unreachable = target with { Name = "lab-ssh-99", Port = ((IPEndPoint)probe.LocalEndPoint!).Port };
        await WarmAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (lab is not null)
        {
            await lab.DisposeAsync();
        }
    }

    /// <inheritdoc/>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        // Written aside and renamed, so an emulator reading the file between commands never sees half of it.
        await File.WriteAllTextAsync(Card.StatePath + ".reset", initial, cancellationToken);
        File.Move(Card.StatePath + ".reset", Card.StatePath, overwrite: true);
    }

    /// <summary>An open request for <paramref name="device"/> as the engine builds it.</summary>
    /// <param name="device">The target.</param>
    /// <param name="mode">The mode.</param>
    /// <returns>The request.</returns>
    public OpenRequest OpenRequestFor(DeviceTarget device, SessionMode mode) => new()
    {
        DeviceName = device.Name,
        Address = device.Address,
        Port = device.Port,
        Credentials = device.Credentials,
        Secrets = Secrets,
        Mode = mode,
        Trust = device.Trust,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>One identify and read under a patient timeout: the first SSH.NET handshake and JIT can take over a second on a loaded machine.</summary>
    private async Task WarmAsync()
    {
        await using var session = await Driver.OpenAsync(OpenRequestFor(Target, SessionMode.ReadOnly), CancellationToken.None);
        await session.IdentifyAsync(CancellationToken.None);
        await session.ReadAsync(new ReadRequest { Keys = Driver.Descriptor.Settings.Select(s => s.Key).ToHashSet() }, CancellationToken.None);
    }

    private static InvalidOperationException NotStarted() => new("The harness has not been initialised.");
}
