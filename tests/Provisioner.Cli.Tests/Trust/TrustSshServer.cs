using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Provisioner.Cli.Tests.Trust;

/// <summary>
/// A real OpenSSH sshd standing in for an SSH device, the approach of the transport's own tests
/// (tests/Provisioner.Transport.Ssh.Tests/SshdFixture.cs): 127.0.0.1 and a free port, run as the current user
/// with its own configuration, an ed25519 host key and an authorized client key made by ssh-keygen in a
/// temporary directory, <c>UsePAM no</c> (root login allowed for this instance only when run as root), and a
/// forced command that answers every login with one line. Shared by the tests of a class; it keeps no state.
/// </summary>
public sealed class TrustSshServer : IAsyncLifetime
{
    /// <summary>What the forced command prints, so a test knows a login really ran.</summary>
    public const string Greeting = "device says hello";

    private Process? sshd;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("provisioner-trust-sshd-").FullName;

    public int Port { get; private set; }

    public string User { get; } = Environment.UserName;

    /// <summary>The host key's SHA-256 fingerprint as <c>ssh-keygen -l</c> prints it.</summary>
    public string Fingerprint { get; private set; } = string.Empty;

    /// <summary>The type and base64 blob of a host key this server does not have: the "changed key" case.</summary>
    public (string Type, string Blob) OtherKey { get; private set; }

    /// <summary>The fingerprint of <see cref="OtherKey"/>.</summary>
    public string OtherFingerprint { get; private set; } = string.Empty;

    public string ClientKeyPath => Path.Combine(Directory, "client_ed25519");

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

    private string LogPath => Path.Combine(Directory, "sshd.log");

    public async Task InitializeAsync()
    {
        var hostKey = KeyGen("host_ed25519");
        var other = KeyGen("other_host_ed25519");
        KeyGen("client_ed25519");
        Fingerprint = Run("ssh-keygen", "-l", "-E", "sha256", "-f", hostKey + ".pub").Output.Split(' ')[1];
        OtherFingerprint = Run("ssh-keygen", "-l", "-E", "sha256", "-f", other + ".pub").Output.Split(' ')[1];
        var otherFields = (await File.ReadAllTextAsync(other + ".pub")).Split(' ');
        OtherKey = (otherFields[0], otherFields[1].Trim());
        var authorized = Path.Combine(Directory, "authorized_keys");
        await File.WriteAllTextAsync(authorized, await File.ReadAllTextAsync(ClientKeyPath + ".pub"));
        var root = Environment.UserName == "root";
        if (root && !System.IO.Directory.Exists("/run/sshd"))
        {
            // sshd started as root needs its privilege separation directory, which the service unit normally makes.
            System.IO.Directory.CreateDirectory("/run/sshd");
        }

        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var config = Path.Combine(Directory, "sshd_config");
        await File.WriteAllLinesAsync(config,
        [
            $"Port {Port}",
            "ListenAddress 127.0.0.1",
            $"HostKey {hostKey}",
            $"PidFile {Path.Combine(Directory, "sshd.pid")}",
            $"AuthorizedKeysFile {authorized}",
            "StrictModes no",
            "UsePAM no",
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            root ? "PermitRootLogin yes" : "PermitRootLogin no",
            $"AllowUsers {User}",
            "LogLevel DEBUG1",
            // Keeps the user's ~/.bashrc out of the forced command (see SshdFixture): bash at shell level 2 reads no rc file.
            "SetEnv SHLVL=1",
            $"ForceCommand echo '{Greeting}'",
        ]);
        var start = new ProcessStartInfo("/usr/sbin/sshd") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-D", "-E", LogPath, "-f", config })
        {
            start.ArgumentList.Add(argument);
        }

        sshd = Process.Start(start) ?? throw new InvalidOperationException("sshd did not start");
        sshd.BeginErrorReadLine();
        sshd.BeginOutputReadLine();
        var until = Stopwatch.GetTimestamp() + (20 * Stopwatch.Frequency);
        while (!Log.Contains("Server listening", StringComparison.Ordinal) && !sshd.HasExited && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(50);
        }

        if (sshd.HasExited || !Log.Contains("Server listening", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("sshd did not start listening:\n" + Log);
        }
    }

    /// <summary>
    /// Logs in with OpenSSH's own client, checking the host key strictly against <paramref name="knownHosts"/> only
    /// (no user configuration, no global file), and returns its exit code and output.
    /// </summary>
    public (int ExitCode, string Output, string Error) OpenSshLogin(string knownHosts) =>
        Run("ssh", "-F", "/dev/null", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", $"UserKnownHostsFile={knownHosts}", "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", "IdentitiesOnly=yes", "-i", ClientKeyPath, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{User}@127.0.0.1", "anything");

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

    /// <summary>Runs a tool and returns its exit code and output; it must finish within a minute.</summary>
    public static (int ExitCode, string Output, string Error) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private string KeyGen(string name)
    {
        var path = Path.Combine(Directory, name);
        var (code, _, error) = Run("ssh-keygen", "-q", "-t", "ed25519", "-N", string.Empty, "-C", name, "-f", path);
        return code == 0 ? path : throw new InvalidOperationException($"ssh-keygen exited {code}: {error}");
    }
}
