using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Provisioner.Lab.Network;

namespace Provisioner.Lab.Ssh;

/// <summary>
/// One real OpenSSH <c>sshd -D</c> on a loopback address, the one launcher behind the lab's SSH devices and the SSH tests.
/// It runs as the current user with its own configuration (<see cref="SshdOptions"/>): <c>UsePAM no</c>, key logins
/// from an <c>authorized_keys</c> file, the current user only (as root, root may log in on this instance only, and
/// <c>/run/sshd</c> is made if missing), and a <c>ForceCommand</c>. Its log (<c>sshd -E</c>) is <see cref="Log"/>.
/// Dispose to stop it.
/// </summary>
public sealed class SshdProcess : IAsyncDisposable
{
    private readonly Process sshd;

    private SshdProcess(SshdOptions options, IPEndPoint endpoint, Process sshd)
    {
        Options = options;
        Endpoint = endpoint;
        this.sshd = sshd;
    }

    /// <summary>How the instance was configured.</summary>
    public SshdOptions Options { get; }

    /// <summary>Where sshd listens.</summary>
    public IPEndPoint Endpoint { get; }

    /// <summary>The path of sshd's log.</summary>
    public string LogPath => Path.Combine(Options.Directory, Options.Name + ".log");

    /// <summary>The instance's line for an OpenSSH <c>known_hosts</c> file (<c>[127.0.0.1]:port ssh-ed25519 AAAA…</c>).</summary>
    public string KnownHostsLine => $"[{Endpoint.Address}]:{Endpoint.Port.ToString(CultureInfo.InvariantCulture)} {string.Join(' ', File.ReadAllText(Options.HostKeyPath + ".pub").Split(' ').Take(2))}";

    /// <summary>sshd's log so far.</summary>
    public string Log
    {
        get
        {
            using var stream = new FileStream(LogPath, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Starts sshd and waits until it listens.</summary>
    /// <param name="options">The configuration.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running instance.</returns>
    /// <exception cref="LabNetworkException">The address is not loopback, or sshd did not start listening (the message carries its log).</exception>
    public static async Task<SshdProcess> StartAsync(SshdOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        LoopbackGuard.Ensure(options.Address, $"sshd {options.Name}");
        var root = OpenSshTools.User == "root";
        if (root && !System.IO.Directory.Exists("/run/sshd"))
        {
            // sshd started as root needs its privilege separation directory, which the service unit normally makes.
            System.IO.Directory.CreateDirectory("/run/sshd");
        }

        var endpoint = new IPEndPoint(options.Address, options.Port == 0 ? FreePort(options.Address) : options.Port);
        var config = Path.Combine(options.Directory, options.Name + "_config");
        var passwords = options.PasswordLogins ? "yes" : "no";
        await File.WriteAllLinesAsync(config,
        [
            $"Port {endpoint.Port.ToString(CultureInfo.InvariantCulture)}",
            $"ListenAddress {endpoint.Address}",
            $"HostKey {options.HostKeyPath}",
            $"PidFile {Path.Combine(options.Directory, options.Name + ".pid")}",
            $"AuthorizedKeysFile {options.AuthorizedKeysPath}",
            "StrictModes no",
            "UsePAM no",
            "PubkeyAuthentication yes",
            $"PasswordAuthentication {passwords}",
            $"KbdInteractiveAuthentication {passwords}",
            root ? "PermitRootLogin yes" : "PermitRootLogin no",
            $"AllowUsers {OpenSshTools.User}",
            "MaxAuthTries 10",
            "MaxStartups 100",
            $"LogLevel {options.LogLevel}",
            // sshd runs the forced command through the user's login shell; bash started by sshd at shell level 1
            // sources ~/.bashrc (slow, and a session cut short can leave its locks behind, e.g. pyenv's rehash lock).
            // SHLVL=1 makes that shell level 2, so no rc file runs: the device CLI starts clean and fast.
            "SetEnv SHLVL=1",
            $"ForceCommand {options.ForceCommand}",
        ], cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo(options.SshdPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-D", "-E", Path.Combine(options.Directory, options.Name + ".log"), "-f", config })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new LabNetworkException($"{options.SshdPath} did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new LabNetworkException($"{options.SshdPath} cannot be started: {ex.Message}", ex);
        }

        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var instance = new SshdProcess(options, endpoint, process);
        var listening = await instance.WaitForLogAsync(l => l.Contains("Server listening", StringComparison.Ordinal) || process.HasExited, options.StartTimeout, cancellationToken).ConfigureAwait(false);
        if (!listening || process.HasExited || !instance.Log.Contains("Server listening", StringComparison.Ordinal))
        {
            var log = instance.Log;
            await instance.DisposeAsync().ConfigureAwait(false);
            throw new LabNetworkException($"sshd for {options.Name} did not start listening on {endpoint}:\n{log}");
        }

        return instance;
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

    /// <summary>Whether a TCP listener can bind <paramref name="port"/> on <paramref name="address"/> now.</summary>
    /// <param name="address">The address.</param>
    /// <param name="port">The port.</param>
    /// <returns>True when it can.</returns>
    public static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Waits until the log satisfies <paramref name="condition"/>.</summary>
    /// <param name="condition">The test on the whole log.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Whether the log satisfied it in time.</returns>
    public async Task<bool> WaitForLogAsync(Func<string, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            if (condition(Log))
            {
                return true;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        return condition(Log);
    }

    /// <summary>Stops sshd and the sessions it started.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        if (!sshd.HasExited)
        {
            sshd.Kill(entireProcessTree: true);
            sshd.WaitForExit(5000);
        }

        sshd.Dispose();
        return ValueTask.CompletedTask;
    }
}
