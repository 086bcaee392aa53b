using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Devices.DotHill;
using Provisioner.Lab.Smtp;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Fakes;
using Provisioner.Testing.Simulators.Ssh;
using Provisioner.Transport.Ssh;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>
/// A Dot Hill family driver against a lab array of the product's lab (<see cref="SshLabDevice"/>): a real OpenSSH sshd
/// on the test's 127.x.0.0/16 range with the lab's host key (which the target trusts, as <c>provisioner trust</c>
/// records it) and the CLI emulator <c>msa-cli.py</c> as its forced command on the lab's JSON state file; an SMTP capture
/// on the same range stands in for the relay the inventory names. Reset writes the initial state back.
/// </summary>
/// <param name="descriptor">The family member.</param>
/// <param name="identity">What the lab array says about itself.</param>
/// <param name="range">The second octet of the test's loopback range (170–175).</param>
/// <param name="name">The device name.</param>
public abstract class DotHillHarness(DriverDescriptor descriptor, Func<DotHillLabIdentity> identity, byte range, string name) : IDriverHarness
{
    /// <summary>The SMTP password the inventory holds (a canary: it must never show in a transcript or report).</summary>
    public const string SmtpPassword = "smtp-canary-51c7";

    /// <summary>The relay the inventory names; the lab maps it to the SMTP capture.</summary>
    public static IPEndPoint Relay { get; } = new(IPAddress.Parse("10.6.0.25"), 25);

    private SshLabDevice? lab;
    private SmtpCapture? capture;
    private string? initial;
    private DeviceTarget? target;
    private DeviceTarget? unreachable;

    /// <summary>The family member's descriptor.</summary>
    public DriverDescriptor Descriptor { get; } = descriptor;

    /// <inheritdoc/>
    public IDeviceDriver Driver => field ??= CreateDriver(new SshConnector());

    /// <summary>The lab array's state.</summary>
    public DotHillSimulatedDevice Array { get; private set; } = null!;

    /// <inheritdoc/>
    public ISimulatedDevice Device => Array;

    /// <summary>The sshd in front of the array.</summary>
    public SshLabDevice Lab => lab ?? throw NotStarted();

    /// <summary>The SMTP capture standing in for the relay.</summary>
    public SmtpCapture Capture => capture ?? throw NotStarted();

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
    // 8 s rather than the NMC harness's 3 s: every command is a round trip through sshd and python on a shared, often
    // heavily loaded machine (load average above 30 seen), and only the silence test waits the whole timeout.
    public EngineOptions EngineOptions { get; } = new() { RequestTimeout = TimeSpan.FromSeconds(8) };

    /// <inheritdoc/>
    public SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    /// <inheritdoc/>
    public SettingKey FaultKey => SettingKey.SmtpRelay;

    /// <inheritdoc/>
    public KnownDeviations Deviations => KnownDeviations.None;

    /// <summary>The array's initial state: an old relay and one old recipient, e-mail off.</summary>
    /// <returns>The state.</returns>
    public DotHillLabState InitialState()
    {
        var state = new DotHillLabState { Identity = identity() };
        state.Email.Server = "10.9.9.9";
        state.Email.Sender = "array";
        state.Email.Domain = "example.com";
        state.Email.Addresses[0] = "old-ops@example.com";
        state.MapRelay(Relay, Capture.Endpoint);
        return state;
    }

    /// <summary>Creates the driver on a connector (a terminal only when sshd runs as root and can hand one out).</summary>
    /// <param name="connector">The connector.</param>
    /// <returns>The driver.</returns>
    public DotHillDriver CreateDriver(SshConnector connector) => new(Descriptor, connector, terminal: SshLabDevice.PtyAvailable);

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        capture = await SmtpCapture.StartAsync(new IPEndPoint(new IPAddress([127, range, 255, 25]), 0), null, CancellationToken.None);
        lab = await SshLabDevice.StartAsync(name, Descriptor.Id, range, CancellationToken.None);
        Array = new DotHillSimulatedDevice(lab.Model.StatePath);
        initial = InitialState().ToJson();
        await ResetAsync(CancellationToken.None);
        target = new DeviceTarget
        {
            Name = name,
            Site = "lab",
            Kind = "storage",
            DriverId = Descriptor.Id,
            Address = lab.Endpoint.Address.ToString(),
            Port = lab.Endpoint.Port,
            Credentials = new CredentialSet { Name = "lab-ssh", Ssh = new SshCredentials { User = SshLabDevice.User, PrivateKey = new SecretReference(SecretScheme.File, lab.ClientKeyPath) } },
            Trust = new PeerTrust { HostKeyFingerprints = [lab.HostFingerprint] },
            Desired = new NotificationSettings
            {
                RelayAddress = Relay.Address.ToString(),
                RelayPort = Relay.Port,
                Security = SmtpSecurity.None,
                AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
                FromAddress = $"{name}@example.org",
                Recipients = [new Recipient("ops@example.com"), new Recipient("storage@example.com")],
                MinimumSeverity = AlertSeverity.Warning,
            },
        };
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(lab.Endpoint.Address, 0));
        unreachable = target with { Name = name + "-gone", Port = ((IPEndPoint)probe.LocalEndPoint!).Port };
        await WarmAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (lab is not null)
        {
            await lab.DisposeAsync();
        }

        if (capture is not null)
        {
            await capture.DisposeAsync();
        }
    }

    /// <inheritdoc/>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        // Written aside and renamed, so an emulator reading the file between commands never sees half of it.
        await File.WriteAllTextAsync(Array.StatePath + ".reset", initial, cancellationToken);
        File.Move(Array.StatePath + ".reset", Array.StatePath, overwrite: true);
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

    /// <summary>Runs one device through a fresh engine.</summary>
    /// <param name="device">The target.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="driver">The driver; the harness's when null.</param>
    /// <returns>The result.</returns>
    public Task<DeviceResult> RunAsync(DeviceTarget device, RunMode mode, IDeviceDriver? driver = null) =>
        new DeviceEngine(new DriverCatalog([driver ?? Driver]), Secrets, new SecretRedactor(), EngineOptions, TimeProvider.System)
            .RunAsync(device, mode, CancellationToken.None);

    /// <summary>One identify and read under a patient timeout: the first SSH.NET handshake and JIT can take over a second on a loaded machine.</summary>
    private async Task WarmAsync()
    {
        await using var session = await Driver.OpenAsync(OpenRequestFor(Target, SessionMode.ReadOnly), CancellationToken.None);
        await session.IdentifyAsync(CancellationToken.None);
        await session.ReadAsync(new ReadRequest { Keys = Driver.Descriptor.Settings.Select(s => s.Key).ToHashSet() }, CancellationToken.None);
    }

    private static InvalidOperationException NotStarted() => new("The harness has not been initialised.");
}
