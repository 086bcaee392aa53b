using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.State;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Fakes;
using Provisioner.Transport.Http;

namespace Provisioner.Testing.Simulators.Http;

/// <summary>
/// A conformance harness for an HTTPS driver against one lab device on loopback: the lab's HTTPS server with
/// the device's own self-signed certificate, which the target pins (as <c>provisioner trust</c> records it).
/// A vendor test project subclasses it with the driver, the lab model's id and the property mapping.
/// </summary>
public abstract class HttpsLabHarness : IDriverHarness
{
    /// <summary>The user the lab device accepts.</summary>
    public const string LabUser = "provisioner";

    /// <summary>The password the lab device accepts.</summary>
    public const string LabPassword = "lab-http-pass-2f8c";

    /// <summary>The relay the desired settings name; the lab maps it to its SMTP capture.</summary>
    public static readonly IPEndPoint Relay = new(IPAddress.Parse("10.6.0.25"), 25);

    private LabHost? lab;
    private LabStateFile? initial;
    private ISimulatedDevice? device;
    private DeviceTarget? target;
    private DeviceTarget? unreachable;

    /// <summary>Creates the harness.</summary>
    /// <param name="addressRange">The lab's 127.x range, distinct per harness so parallel classes never share addresses.</param>
    protected HttpsLabHarness(byte addressRange) => AddressRange = addressRange;

    /// <inheritdoc/>
    public IDeviceDriver Driver => field ??= CreateDriver(new DeviceHttpClientOptions { RetryDelay = TimeSpan.FromMilliseconds(20) });

    /// <inheritdoc/>
    public ISimulatedDevice Device => device ?? throw NotStarted();

    /// <inheritdoc/>
    public DeviceTarget Target => target ?? throw NotStarted();

    /// <inheritdoc/>
    public DeviceTarget WrongCredentialsTarget => Target with
    {
        Credentials = Target.Credentials with { Http = Target.Credentials.Http! with { Password = new SecretReference(SecretScheme.Environment, "LAB_HTTP_WRONG") } },
    };

    /// <inheritdoc/>
    public DeviceTarget UnreachableTarget => unreachable ?? throw NotStarted();

    /// <inheritdoc/>
    public ISecretResolver Secrets { get; } = new DictionarySecretResolver()
        .Add("env:LAB_HTTP_PW", LabPassword).Add("env:LAB_HTTP_WRONG", "not-the-password").Add("env:SMTP_PW", "smtp-canary-6b1f");

    /// <inheritdoc/>
    public EngineOptions EngineOptions { get; } = new() { RequestTimeout = TimeSpan.FromSeconds(1) };

    /// <inheritdoc/>
    public abstract SettingChange Drift { get; }

    /// <inheritdoc/>
    public abstract SettingKey FaultKey { get; }

    /// <inheritdoc/>
    public virtual KnownDeviations Deviations => KnownDeviations.None;

    /// <summary>The running lab (for its SMTP capture).</summary>
    public LabHost Lab => lab ?? throw NotStarted();

    /// <summary>The lab device behind <see cref="Target"/>.</summary>
    public LabDevice LabDevice => Lab.Devices[0];

    /// <summary>The lab model's driver id, e.g. <c>redfish</c>.</summary>
    protected abstract string ModelId { get; }

    /// <summary>The inventory kind of the device, e.g. <c>bmc</c>.</summary>
    protected abstract string Kind { get; }

    /// <summary>The settings the inventory wants; they differ from the model's initial state in at least one writable setting.</summary>
    protected abstract NotificationSettings Desired { get; }

    /// <summary>The lab's 127.x range.</summary>
    protected byte AddressRange { get; }

    /// <summary>
    /// Starts the lab, then warms it with one identify and read under a patient timeout: the first TLS handshake
    /// and the JIT of Kestrel, the model and the client can take over a second on a loaded 2-core machine, past
    /// the suite's 1 s request timeout, which would make whichever test runs first fail by chance. Nothing is written.
    /// </summary>
    /// <returns>A task.</returns>
    public async Task InitializeAsync()
    {
        var spec = new LabDeviceSpec("lab-https-01", ModelId, "10.6.20.11") { HttpAccounts = [new LabHttpAccount(LabUser, LabPassword)] };
        lab = await LabHost.StartAsync([spec], new LabHostOptions { AddressRange = AddressRange, PreferredSnmpPort = null, PreferredHttpsPort = null, Relays = [Relay] }, CancellationToken.None);
        initial = lab.SaveState();
        device = CreateSimulatedDevice(LabDevice);
        target = new DeviceTarget
        {
            Name = spec.Name,
            Site = "lab",
            Kind = Kind,
            DriverId = Driver.Descriptor.Id,
            Address = LabDevice.Endpoint.Address.ToString(),
            Port = LabDevice.Endpoint.Port,
            Credentials = new CredentialSet { Name = "lab-https", Http = new HttpCredentials { User = LabUser, Password = new SecretReference(SecretScheme.Environment, "LAB_HTTP_PW") } },
            Trust = new PeerTrust { CertificateFingerprints = [LabDevice.CertificateSha256!] },
            Desired = Desired,
        };
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(LabDevice.Endpoint.Address, 0));
        unreachable = target with { Name = "lab-https-99", Port = ((IPEndPoint)probe.LocalEndPoint!).Port };
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
        Device.ClearFaults();
        await LabDevice.Model.WhenIdleAsync();
        Lab.LoadState(initial!);
        Device.ClearWriteLog();
    }

    /// <summary>Creates the driver on the given HTTPS options (short retry delays for tests).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The driver.</returns>
    protected abstract IDeviceDriver CreateDriver(DeviceHttpClientOptions options);

    /// <summary>Wraps the lab device for the suite, usually an <see cref="HttpSimulatedDevice"/>.</summary>
    /// <param name="labDevice">The lab device.</param>
    /// <returns>The simulated device.</returns>
    protected abstract ISimulatedDevice CreateSimulatedDevice(LabDevice labDevice);

    private async Task WarmAsync()
    {
        var request = new OpenRequest
        {
            DeviceName = Target.Name,
            Address = Target.Address,
            Port = Target.Port,
            Credentials = Target.Credentials,
            Secrets = Secrets,
            Trust = Target.Trust,
            Timeout = TimeSpan.FromSeconds(30),
        };
        await using var session = await Driver.OpenAsync(request, CancellationToken.None);
        await session.IdentifyAsync(CancellationToken.None);
        await session.ReadAsync(new ReadRequest { Keys = Driver.Descriptor.Settings.Select(s => s.Key).ToHashSet() }, CancellationToken.None);
    }

    private static InvalidOperationException NotStarted() => new("The harness has not been initialised.");
}
