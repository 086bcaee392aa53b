using Provisioner.Lab.Devices;
using Provisioner.Lab.Http;
using Provisioner.Lab.Mib;
using Provisioner.Lab.Network;
using Provisioner.Lab.Ssh;
using Provisioner.Snmp.Agent;

namespace Provisioner.Lab.Hosting;

/// <summary>
/// One running simulated device: its model served on a loopback endpoint, by an SNMP agent
/// (<see cref="Protocol"/> <c>snmp</c>), by the lab's HTTPS server (<c>https</c>) or by its own OpenSSH sshd (<c>ssh</c>).
/// </summary>
public sealed class LabDevice : IAsyncDisposable
{
    private readonly SnmpAgent? agent;
    private readonly LabHttpsBinding? https;
    private readonly SshdProcess? sshd;

    internal LabDevice(LabDeviceSpec spec, ISnmpSimulatedDevice model, SnmpAgent agent)
        : this(spec, model, new LabEndpoint(agent.LocalEndpoint.Address, agent.LocalEndpoint.Port))
    {
        this.agent = agent;
        Faults.Changed += (_, _) => ApplyFaults();
        ApplyFaults();
    }

    internal LabDevice(LabDeviceSpec spec, LabHttpsBinding https, LabEndpoint endpoint)
        : this(spec, https.Model, endpoint) => this.https = https;

    internal LabDevice(LabDeviceSpec spec, ISshSimulatedDevice model, SshdProcess sshd, string hostKeySha256)
        : this(spec, model, new LabEndpoint(sshd.Endpoint.Address, sshd.Endpoint.Port))
    {
        this.sshd = sshd;
        HostKeySha256 = hostKeySha256;
    }

    private LabDevice(LabDeviceSpec spec, ISimulatedDevice model, LabEndpoint endpoint)
    {
        Spec = spec;
        Model = model;
        Endpoint = endpoint;
    }

    /// <summary>What this device simulates.</summary>
    public LabDeviceSpec Spec { get; }

    /// <summary>The inventory device name.</summary>
    public string Name => Spec.Name;

    /// <summary>Where the device listens.</summary>
    public LabEndpoint Endpoint { get; }

    /// <summary>The protocol the device speaks: <c>snmp</c>, <c>https</c> or <c>ssh</c>.</summary>
    public string Protocol => https is not null ? "https" : sshd is not null ? "ssh" : "snmp";

    /// <summary>The simulated device.</summary>
    public ISimulatedDevice Model { get; }

    /// <summary>The objects of an SNMP device.</summary>
    /// <exception cref="InvalidOperationException">The device speaks HTTPS.</exception>
    public LabMib Mib => (Model as ISnmpSimulatedDevice)?.Mib ?? throw new InvalidOperationException($"{Name} speaks {Protocol}; it has no MIB.");

    /// <summary>The SHA-256 fingerprint of the certificate an HTTPS device presents; null for SNMP.</summary>
    public string? CertificateSha256 => https?.Fingerprint;

    /// <summary>The SHA-256 fingerprint of the host key an SSH device presents (<c>SHA256:…</c>); null for SNMP and HTTPS.</summary>
    public string? HostKeySha256 { get; }

    /// <summary>An SSH device's sshd (its log, its <c>known_hosts</c> line); null for SNMP and HTTPS.</summary>
    public SshdProcess? Sshd => sshd;

    /// <summary>The certificate an HTTPS device presents, as PEM (for clients that take a CA file, e.g. curl's <c>--cacert</c>); null for SNMP.</summary>
    public string? CertificatePem => https?.Certificate.ExportCertificatePem();

    /// <summary>For an HTTPS device, how many requests and connections (TLS handshakes) it served; zeros for SNMP.</summary>
    public (long Requests, long Connections) HttpCounters => https is null ? (0, 0) : (https.Requests, https.Connections);

    /// <summary>The device's faults; changes take effect at once.</summary>
    public DeviceFaults Faults => Model.Faults;

    /// <summary>Gives an HTTPS device a new certificate (the "certificate changed" fault).</summary>
    /// <returns>The new fingerprint.</returns>
    /// <exception cref="InvalidOperationException">The device speaks SNMP.</exception>
    public string ReplaceCertificate() => https?.ReplaceCertificate() ?? throw new InvalidOperationException($"{Name} speaks {Protocol}; it has no certificate.");

    /// <summary>Stops the device's agent or sshd (HTTPS devices stop with the lab's HTTPS server).</summary>
    /// <returns>A task that completes when the socket is closed.</returns>
    public ValueTask DisposeAsync() => agent?.DisposeAsync() ?? sshd?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void ApplyFaults()
    {
        if (agent is null)
        {
            return;
        }

        agent.ResponseDelay = Faults.Latency;
        agent.DropRate = Faults.PacketLoss;
        agent.Silent = Faults.Silent;
        agent.ResponseFault = Faults.RewriteAnswers;
    }
}
