using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Ssh;

namespace Provisioner.Testing.Simulators.Ssh;

/// <summary>
/// One lab SSH device for driver tests, started by the product's own lab (<see cref="LabHost"/>, which runs a real OpenSSH
/// <c>sshd -D</c> through <see cref="SshdProcess"/>, the one launcher) with the device's CLI emulator as its forced command,
/// plus what tests need beyond the lab: a client key the device does not authorize and the fingerprint of a host key it
/// does not have. Clients ask for a terminal only when sshd can give one (<see cref="PtyAvailable"/>, root).
/// </summary>
public sealed class SshLabDevice : IAsyncDisposable
{
    private readonly LabHost host;

    private SshLabDevice(LabHost host, LabDevice device, string directory)
    {
        this.host = host;
        Device = device;
        Directory = directory;
        OtherHostFingerprint = OpenSshTools.Fingerprint(Path.Combine(directory, "other_host_ed25519.pub"));
    }

    /// <summary>The login name: the current user.</summary>
    public static string User => OpenSshTools.User;

    /// <summary>Whether sshd can give sessions a pseudo-terminal: only as root (otherwise it cannot chown the tty and drops the connection).</summary>
    public static bool PtyAvailable => OpenSshTools.PtyAvailable;

    /// <summary>The lab device (its model, faults, sshd).</summary>
    public LabDevice Device { get; }

    /// <summary>The device's emulator model (state file, script).</summary>
    public ISshSimulatedDevice Model => (ISshSimulatedDevice)Device.Model;

    /// <summary>A temporary folder for the test's own files (the stranger key, known_hosts files).</summary>
    public string Directory { get; }

    /// <summary>Where sshd listens.</summary>
    public IPEndPoint Endpoint => Sshd.Endpoint;

    /// <summary>The SHA-256 fingerprint of the host key, as <c>provisioner trust</c> records it.</summary>
    public string HostFingerprint => Device.HostKeySha256!;

    /// <summary>The fingerprint of a host key this device does not have: the "changed key" case.</summary>
    public string OtherHostFingerprint { get; }

    /// <summary>The client key the lab authorizes.</summary>
    public string ClientKeyPath => host.SshClientKeyPath!;

    /// <summary>A client key the device does not authorize.</summary>
    public string StrangerKeyPath => Path.Combine(Directory, "stranger_ed25519");

    /// <summary>The device's line for an OpenSSH <c>known_hosts</c> file.</summary>
    public string KnownHostsLine => Sshd.KnownHostsLine;

    /// <summary>sshd's log so far (DEBUG1).</summary>
    public string Log => Sshd.Log;

    private SshdProcess Sshd => Device.Sshd!;

    /// <summary>Starts a lab with one SSH device of <paramref name="driver"/>.</summary>
    /// <param name="name">The device name.</param>
    /// <param name="driver">A driver id whose lab model is an <see cref="ISshSimulatedDevice"/>, e.g. <c>apc.nmc</c>.</param>
    /// <param name="addressRange">The second octet of the test's 127.x.0.0/16 range.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running device.</returns>
    /// <exception cref="InvalidOperationException">This machine cannot run lab SSH devices (the message says why).</exception>
    public static async Task<SshLabDevice> StartAsync(string name, string driver, byte addressRange, CancellationToken cancellationToken)
    {
        var host = await LabHost.StartAsync(
            [new LabDeviceSpec(name, driver, "192.0.2.1")],
            new LabHostOptions { AddressRange = addressRange, PreferredSnmpPort = null, PreferredHttpsPort = null, PreferredSshPort = null, SshTerminals = PtyAvailable },
            cancellationToken);
        if (host.SshSkipped is { } skipped)
        {
            await host.DisposeAsync();
            throw new InvalidOperationException(skipped);
        }

        var directory = System.IO.Directory.CreateTempSubdirectory("provisioner-sshlab-test-").FullName;
        OpenSshTools.KeyGen(directory, "stranger_ed25519", "ed25519");
        OpenSshTools.KeyGen(directory, "other_host_ed25519", "ed25519");
        return new SshLabDevice(host, host[name], directory);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }
}
