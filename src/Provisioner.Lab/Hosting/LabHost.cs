using System.Net;
using System.Net.Sockets;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Http;
using Provisioner.Lab.Network;
using Provisioner.Lab.Smtp;
using Provisioner.Lab.Ssh;
using Provisioner.Lab.State;
using Provisioner.Snmp.Agent;

namespace Provisioner.Lab.Hosting;

/// <summary>
/// A running lab in this process: an SMTP capture that stands in for the relays, and one simulated
/// device per spec on its own loopback address: an SNMP agent, or a listener of the lab's HTTPS server
/// presenting the device's own self-signed certificate, or an OpenSSH sshd running the device's CLI emulator (skipped,
/// with <see cref="SshSkipped"/> saying why, where sshd, ssh-keygen or python3 is missing). Used by <c>lab up</c>, <c>demo</c>,
/// tests and benchmarks. Dispose to stop everything.
/// </summary>
public sealed class LabHost : IAsyncDisposable
{
    private readonly Dictionary<string, LabDevice> byName;
    private readonly HttpsLabServer? https;
    private readonly LabSshSetup ssh;

    private LabHost(SmtpCapture capture, IReadOnlyList<LabDevice> devices, HttpsLabServer? https, LabSshSetup ssh)
    {
        Capture = capture;
        this.https = https;
        this.ssh = ssh;
        Devices = devices;
        byName = devices.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// One line saying which SSH devices the lab skipped and why (e.g. no sshd on this machine), for <c>lab up</c> and
    /// <c>demo</c> to print; null when it skipped none.
    /// </summary>
    public string? SshSkipped => ssh.Skipped;

    /// <summary>The private key file SSH clients log in to the lab's SSH devices with (as <see cref="SshUser"/>); null when the lab runs no SSH device.</summary>
    public string? SshClientKeyPath => ssh.Keys?.ClientKeyPath;

    /// <summary>The login name the lab's SSH devices accept: the current OS user.</summary>
    public static string SshUser => OpenSshTools.User;

    /// <summary>The SMTP capture every device's test mail goes to.</summary>
    public SmtpCapture Capture { get; }

    /// <summary>The simulated devices, in spec order.</summary>
    public IReadOnlyList<LabDevice> Devices { get; }

    /// <summary>Returns the device named <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">The inventory device name.</param>
    /// <returns>The device.</returns>
    /// <exception cref="KeyNotFoundException">The lab has no such device.</exception>
    public LabDevice this[string name] =>
        byName.TryGetValue(name, out var d) ? d : throw new KeyNotFoundException($"The lab has no device '{name}'.");

    /// <summary>Starts a lab.</summary>
    /// <param name="specs">The devices; each driver must have a lab model (<see cref="LabModelCatalog"/>).</param>
    /// <param name="options">Layout options.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running lab.</returns>
    /// <exception cref="LabNetworkException">An address could not be bound.</exception>
    public static async Task<LabHost> StartAsync(IReadOnlyList<LabDeviceSpec> specs, LabHostOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(options);
        var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), options.TimeProvider, cancellationToken).ConfigureAwait(false);
        var relays = options.Relays.ToHashSet();
        IPEndPoint? MapRelay(IPEndPoint relay) =>
            options.RelayEndpoints.TryGetValue(relay, out var standIn) ? standIn : relays.Contains(relay) ? capture.Endpoint : null;
        var allocator = new LoopbackAddressAllocator(options.AddressRange);
        var devices = new LabDevice?[specs.Count];
        var bindings = new List<(int Index, LabHttpsBinding Binding)>();
        var ssh = new LabSshSetup(options);
        HttpsLabServer? server = null;
        try
        {
            for (var i = 0; i < specs.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var spec = specs[i];
                var model = LabModelCatalog.Create(spec.Driver, new LabModelContext(spec, MapRelay, new DeviceFaults(), options.TimeProvider) { StateFolder = ssh.Folder, KnownRelays = [.. relays] });
                var address = LoopbackAddressAllocator.CanBindDistinctAddresses ? allocator.Next() : IPAddress.Loopback;
                switch (model)
                {
                    case ISnmpSimulatedDevice snmp:
                        devices[i] = new LabDevice(spec, snmp, StartAgent(spec, snmp, address, options));
                        break;
                    case IHttpSimulatedDevice http:
                        var port = options.PreferredHttpsPort is { } preferred && LoopbackAddressAllocator.CanBindDistinctAddresses && HttpsLabServer.CanBind(address, preferred) ? preferred : 0;
                        bindings.Add((i, new LabHttpsBinding(spec.Name, http, new IPEndPoint(address, port), options.TimeProvider)));
                        break;
                    case ISshSimulatedDevice sshModel:
                        ssh.Add(i, spec, sshModel, address);
                        break;
                    default:
                        throw new InvalidOperationException($"The lab model of {spec.Driver} is neither an SNMP, an HTTPS nor an SSH device.");
                }
            }

            if (bindings.Count > 0)
            {
                (server, var endpoints) = await HttpsLabServer.StartAsync([.. bindings.Select(b => b.Binding)], cancellationToken).ConfigureAwait(false);
                for (var b = 0; b < bindings.Count; b++)
                {
                    devices[bindings[b].Index] = new LabDevice(specs[bindings[b].Index], bindings[b].Binding, new LabEndpoint(endpoints[b].Address, endpoints[b].Port));
                }
            }

            foreach (var (index, device) in await ssh.StartAsync(cancellationToken).ConfigureAwait(false))
            {
                devices[index] = device;
            }
        }
        catch
        {
            foreach (var d in devices.OfType<LabDevice>())
            {
                await d.DisposeAsync().ConfigureAwait(false);
            }

            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                bindings.ForEach(b => b.Binding.Dispose());
            }

            await capture.DisposeAsync().ConfigureAwait(false);
            ssh.DeleteTemporaryFolder();
            throw;
        }

        return new LabHost(capture, [.. devices.OfType<LabDevice>()], server, ssh);
    }

    /// <summary>The address map of this lab.</summary>
    /// <param name="processId">The pid to record (0 for an in-process lab).</param>
    /// <returns>The map.</returns>
    public LabMap ToMap(int processId) => new()
    {
        ProcessId = processId,
        SmtpCapture = Capture.Endpoint.ToString(),
        Devices = Devices.Select(d => new LabMapEntry(d.Name, d.Spec.Driver, d.Spec.InventoryAddress, d.Protocol, d.Endpoint.Address.ToString(), d.Endpoint.Port)
        {
            CertificateSha256 = d.CertificateSha256,
            HostKeySha256 = d.HostKeySha256,
            SshUser = d.HostKeySha256 is null ? null : SshUser,
            SshPrivateKey = d.HostKeySha256 is null ? null : SshClientKeyPath,
        }).ToList(),
    };

    /// <summary>Captures every device's stored values.</summary>
    /// <returns>The state, ready to save.</returns>
    public LabStateFile SaveState() => new()
    {
        Devices = Devices.ToDictionary(d => d.Name, d => d.Model switch
        {
            IHttpSimulatedDevice http => http.ExportState(),
            ISshSimulatedDevice emulated => emulated.ExportState(),
            _ => (IReadOnlyList<string>)d.Mib.Export().Select(SnmprecCodec.Format).ToList(),
        }),
    };

    /// <summary>Loads saved values into the devices that have them; devices not in the state keep theirs.</summary>
    /// <param name="state">The state.</param>
    /// <exception cref="LabStateException">A line does not parse or does not fit its device.</exception>
    public void LoadState(LabStateFile state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var (name, lines) in state.Devices)
        {
            if (!byName.TryGetValue(name, out var device))
            {
                continue;
            }

            try
            {
                if (device.Model is IHttpSimulatedDevice http)
                {
                    http.ImportState(lines);
                }
                else if (device.Model is ISshSimulatedDevice emulated)
                {
                    emulated.ImportState(lines);
                }
                else
                {
                    device.Mib.Import(lines.Select(SnmprecCodec.Parse));
                }
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                throw new LabStateException($"Lab state for {name}: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Stops every device and the capture.</summary>
    /// <returns>A task that completes when all sockets are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        foreach (var d in Devices)
        {
            await d.Model.WhenIdleAsync().ConfigureAwait(false);
            await d.DisposeAsync().ConfigureAwait(false);
        }

        if (https is not null)
        {
            await https.DisposeAsync().ConfigureAwait(false);
        }

        await Capture.DisposeAsync().ConfigureAwait(false);
        ssh.DeleteTemporaryFolder();
    }

    private static SnmpAgent StartAgent(LabDeviceSpec spec, ISnmpSimulatedDevice model, IPAddress address, LabHostOptions options)
    {
        LoopbackGuard.Ensure(address, $"lab device {spec.Name}");
        SnmpAgentOptions Options(int port) => new()
        {
            Endpoint = new IPEndPoint(address, port),
            ReadWriteCommunities = spec.Communities,
            Users = spec.Users,
            TimeProvider = options.TimeProvider,
            SocketBufferSize = 64 * 1024,
        };

        if (options.PreferredSnmpPort is { } preferred)
        {
            try
            {
                return SnmpAgent.Start(Options(preferred), model.Mib);
            }
            catch (SocketException)
            {
                // The port is privileged or taken on this address: fall back to an ephemeral one below.
            }
        }

        try
        {
            return SnmpAgent.Start(Options(0), model.Mib);
        }
        catch (SocketException ex)
        {
            throw new LabNetworkException($"The lab could not bind a UDP port on {address} for {spec.Name}: {ex.Message}", ex);
        }
    }
}
