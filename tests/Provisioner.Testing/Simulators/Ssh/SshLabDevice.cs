using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Provisioner.Testing.Simulators.Ssh;

/// <summary>
/// One lab SSH device: a real OpenSSH <c>sshd -D</c> on a loopback address and a free port, with its own ed25519 host
/// key and authorized client key made by ssh-keygen in a temporary folder, and <c>ForceCommand</c> running the device's
/// CLI emulator (as in <c>Provisioner.Transport.Ssh.Tests/SshdFixture</c>). As root, root may log in on this instance
/// only and <c>/run/sshd</c> is made if missing; otherwise <c>UsePAM no</c>, the current user logs in, and sshd cannot
/// give sessions a pseudo-terminal (<see cref="PtyAvailable"/>). Logins use keys: the OS password is unknown to tests.
/// </summary>
public sealed class SshLabDevice : IAsyncDisposable
{
    private readonly Process sshd;

    private SshLabDevice(string directory, IPEndPoint endpoint, Process sshd)
    {
        Directory = directory;
        Endpoint = endpoint;
        this.sshd = sshd;
        HostFingerprint = OpenSshTool.Fingerprint(HostKeyPath + ".pub");
        OtherHostFingerprint = OpenSshTool.Fingerprint(Path.Combine(directory, "other_host_ed25519.pub"));
    }

    /// <summary>The login name: the current user.</summary>
    public static string User { get; } = Environment.UserName;

    /// <summary>Whether sshd can give sessions a pseudo-terminal: only as root (otherwise it cannot chown the tty and drops the connection).</summary>
    public static bool PtyAvailable { get; } = Environment.UserName == "root";

    /// <summary>The device's temporary folder (keys, configuration, log).</summary>
    public string Directory { get; }

    /// <summary>Where sshd listens.</summary>
    public IPEndPoint Endpoint { get; }

    /// <summary>The SHA-256 fingerprint of the host key, as <c>provisioner trust</c> records it.</summary>
    public string HostFingerprint { get; }

    /// <summary>The fingerprint of a host key this device does not have: the "changed key" case.</summary>
    public string OtherHostFingerprint { get; }

    /// <summary>The authorized client key.</summary>
    public string ClientKeyPath => Path.Combine(Directory, "client_ed25519");

    /// <summary>A client key the device does not authorize.</summary>
    public string StrangerKeyPath => Path.Combine(Directory, "stranger_ed25519");

    /// <summary>The device's line for an OpenSSH <c>known_hosts</c> file (<c>[127.0.0.1]:port ssh-ed25519 AAAA…</c>).</summary>
    public string KnownHostsLine => $"[{Endpoint.Address}]:{Endpoint.Port} {string.Join(' ', File.ReadAllText(HostKeyPath + ".pub").Split(' ').Take(2))}";

    /// <summary>sshd's log so far (DEBUG1).</summary>
    public string Log
    {
        get
        {
            using var stream = new FileStream(LogPath, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    private string HostKeyPath => Path.Combine(Directory, "host_ed25519");

    private string LogPath => Path.Combine(Directory, "sshd.log");

    /// <summary>Starts a device whose sessions run <paramref name="forceCommand"/>.</summary>
    /// <param name="address">A loopback address.</param>
    /// <param name="forceCommand">The command line sshd runs for every session (through the user's shell).</param>
    /// <param name="cancellationToken">Cancels the wait for sshd to listen.</param>
    /// <returns>The running device.</returns>
    public static async Task<SshLabDevice> StartAsync(IPAddress address, string forceCommand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!IPAddress.IsLoopback(address))
        {
            throw new ArgumentException("Lab devices bind loopback only.", nameof(address));
        }

        var directory = System.IO.Directory.CreateTempSubdirectory("provisioner-sshlab-").FullName;
        foreach (var name in new[] { "host_ed25519", "other_host_ed25519", "client_ed25519", "stranger_ed25519" })
        {
            OpenSshTool.KeyGen(directory, name, "ed25519");
        }

        var authorized = Path.Combine(directory, "authorized_keys");
        File.Copy(Path.Combine(directory, "client_ed25519.pub"), authorized);
        var root = Environment.UserName == "root";
        if (root && !System.IO.Directory.Exists("/run/sshd"))
        {
            // sshd started as root needs its privilege separation directory, which the service unit normally makes.
            System.IO.Directory.CreateDirectory("/run/sshd");
        }

        var endpoint = new IPEndPoint(address, FreePort(address));
        var config = Path.Combine(directory, "sshd_config");
        await File.WriteAllLinesAsync(config,
        [
            $"Port {endpoint.Port}",
            $"ListenAddress {address}",
            $"HostKey {Path.Combine(directory, "host_ed25519")}",
            $"PidFile {Path.Combine(directory, "sshd.pid")}",
            $"AuthorizedKeysFile {authorized}",
            "StrictModes no",
            "UsePAM no",
            "PubkeyAuthentication yes",
            "PasswordAuthentication yes",
            "KbdInteractiveAuthentication yes",
            root ? "PermitRootLogin yes" : "PermitRootLogin no",
            $"AllowUsers {User}",
            "MaxAuthTries 10",
            "MaxStartups 100",
            "LogLevel DEBUG1",
            // SHLVL=1 keeps the user's ~/.bashrc out of the forced command's shell (see SshdFixture).
            "SetEnv SHLVL=1",
            $"ForceCommand {forceCommand}",
        ], cancellationToken);
        var start = new ProcessStartInfo("/usr/sbin/sshd") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-D", "-E", Path.Combine(directory, "sshd.log"), "-f", config })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("sshd did not start");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var device = new SshLabDevice(directory, endpoint, process);
        var until = Stopwatch.GetTimestamp() + (20 * Stopwatch.Frequency);
        while (!device.Log.Contains("Server listening", StringComparison.Ordinal) && !process.HasExited && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(50, cancellationToken);
        }

        if (process.HasExited || !device.Log.Contains("Server listening", StringComparison.Ordinal))
        {
            var log = device.Log;
            await device.DisposeAsync();
            throw new InvalidOperationException("sshd did not start listening:\n" + log);
        }

        return device;
    }

    /// <summary>A free TCP port on <paramref name="address"/>.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The port.</returns>
    public static int FreePort(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        if (!sshd.HasExited)
        {
            sshd.Kill(entireProcessTree: true);
            sshd.WaitForExit(5000);
        }

        sshd.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A session's process may still hold a file for a moment; the OS cleans the temp folder.
        }

        return ValueTask.CompletedTask;
    }
}
