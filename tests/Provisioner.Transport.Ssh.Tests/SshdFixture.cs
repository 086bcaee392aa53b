using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>
/// A real OpenSSH sshd on 127.0.0.1 and a free port, run as the current user with its own configuration,
/// an ed25519 host key and authorized client keys (ed25519, and RSA with a passphrase) made by ssh-keygen
/// in a temporary directory, and Assets/device-cli.sh as the forced command. Not root: <c>UsePAM no</c>,
/// the current user logs in. Root: root login is allowed for this instance only. Its log (sshd -E, DEBUG1)
/// is kept in <see cref="Log"/>.
/// </summary>
public sealed class SshdFixture : IAsyncLifetime
{
    public const string RsaPassphrase = "rsa-key-passphrase-7";
    private Process? sshd;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("provisioner-sshd-").FullName;

    public int Port { get; private set; }

    public string User { get; } = Environment.UserName;

    /// <summary>Whether sshd can give sessions a pseudo-terminal: only as root (otherwise it cannot chown the tty and drops the connection).</summary>
    public bool PtyAvailable { get; } = Environment.UserName == "root";

    public string HostKeyPath => Path.Combine(Directory, "host_ed25519");

    public string HostFingerprint { get; private set; } = string.Empty;

    /// <summary>The fingerprint of a host key this server does not have: the "changed key" case.</summary>
    public string OtherHostFingerprint { get; private set; } = string.Empty;

    public string ClientKeyPath => Path.Combine(Directory, "client_ed25519");

    public string ClientRsaKeyPath => Path.Combine(Directory, "client_rsa");

    /// <summary>A client key the server does not authorize.</summary>
    public string StrangerKeyPath => Path.Combine(Directory, "stranger_ed25519");

    /// <summary>sshd's log so far (written with -E, so nothing leaks into the sessions' stderr as with -e).</summary>
    public string Log
    {
        get
        {
            using var stream = new FileStream(LogPath, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    private string LogPath => Path.Combine(Directory, "sshd.log");

    public async Task InitializeAsync()
    {
        Tool.KeyGen(Directory, "host_ed25519", "ed25519");
        Tool.KeyGen(Directory, "other_host_ed25519", "ed25519");
        Tool.KeyGen(Directory, "client_ed25519", "ed25519");
        Tool.KeyGen(Directory, "client_rsa", "rsa", RsaPassphrase);
        Tool.KeyGen(Directory, "stranger_ed25519", "ed25519");
        HostFingerprint = Tool.Fingerprint(HostKeyPath + ".pub");
        OtherHostFingerprint = Tool.Fingerprint(Path.Combine(Directory, "other_host_ed25519.pub"));
        var authorized = Path.Combine(Directory, "authorized_keys");
        await File.WriteAllTextAsync(authorized, await File.ReadAllTextAsync(ClientKeyPath + ".pub") + await File.ReadAllTextAsync(ClientRsaKeyPath + ".pub"));
        var script = Path.Combine(AppContext.BaseDirectory, "Assets", "device-cli.sh");
        var root = Environment.UserName == "root";
        if (root && !System.IO.Directory.Exists("/run/sshd"))
        {
            // sshd started as root needs its privilege separation directory, which the service unit normally makes.
            System.IO.Directory.CreateDirectory("/run/sshd");
        }

        Port = FreePort();
        var config = Path.Combine(Directory, "sshd_config");
        await File.WriteAllLinesAsync(config,
        [
            $"Port {Port}",
            "ListenAddress 127.0.0.1",
            $"HostKey {HostKeyPath}",
            $"PidFile {Path.Combine(Directory, "sshd.pid")}",
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
            // sshd runs the forced command through the user's login shell; bash started by sshd at shell level 1
            // sources ~/.bashrc (slow, and a session cut short can leave its locks behind, e.g. pyenv's rehash lock).
            // SHLVL=1 makes that shell level 2, so no rc file runs: the device CLI starts clean and fast.
            "SetEnv SHLVL=1",
            $"ForceCommand /bin/bash {script}",
        ]);
        var start = new ProcessStartInfo("/usr/sbin/sshd") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-D", "-E", LogPath, "-f", config })
        {
            start.ArgumentList.Add(argument);
        }

        sshd = Process.Start(start) ?? throw new InvalidOperationException("sshd did not start");
        sshd.BeginErrorReadLine();
        sshd.BeginOutputReadLine();
        await WaitForLogAsync(l => l.Contains("Server listening", StringComparison.Ordinal) || sshd.HasExited, TimeSpan.FromSeconds(20));
        if (sshd.HasExited || !Log.Contains("Server listening", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("sshd did not start listening:\n" + Log);
        }
    }

    public Task DisposeAsync()
    {
        if (sshd is { HasExited: false })
        {
            sshd.Kill();
            sshd.WaitForExit(5000);
        }

        sshd?.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A child sshd may still hold a file for a moment; the temp directory is cleaned by the OS.
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits until the log satisfies <paramref name="condition"/>; returns whether it did.</summary>
    public async Task<bool> WaitForLogAsync(Func<string, bool> condition, TimeSpan timeout)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            if (condition(Log))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition(Log);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
