using System.Diagnostics;
using System.Net;
using Provisioner.Lab.Ssh;

namespace Provisioner.Cli.Tests.Trust;

/// <summary>
/// A real OpenSSH sshd standing in for an SSH device, started by the lab's one launcher (<see cref="SshdProcess"/>, as the
/// transport's own tests and the lab's SSH devices are): 127.0.0.1 and a free port, run as the current user
/// with its own configuration, an ed25519 host key and an authorized client key made by ssh-keygen in a
/// temporary directory, <c>UsePAM no</c> (root login allowed for this instance only when run as root), and a
/// forced command that answers every login with one line. Shared by the tests of a class; it keeps no state.
/// </summary>
public sealed class TrustSshServer : IAsyncLifetime
{
    /// <summary>What the forced command prints, so a test knows a login really ran.</summary>
    public const string Greeting = "device says hello";

    private SshdProcess? sshd;

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
    public string Log => sshd?.Log ?? string.Empty;

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
        sshd = await SshdProcess.StartAsync(
            new SshdOptions
            {
                Address = IPAddress.Loopback,
                Directory = Directory,
                HostKeyPath = hostKey,
                AuthorizedKeysPath = authorized,
                ForceCommand = $"echo '{Greeting}'",
                PasswordLogins = false,
            },
            CancellationToken.None);
        Port = sshd.Endpoint.Port;
    }

    /// <summary>
    /// Logs in with OpenSSH's own client, checking the host key strictly against <paramref name="knownHosts"/> only
    /// (no user configuration, no global file), and returns its exit code and output.
    /// </summary>
    public (int ExitCode, string Output, string Error) OpenSshLogin(string knownHosts) =>
        Run("ssh", "-F", "/dev/null", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", $"UserKnownHostsFile={knownHosts}", "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", "IdentitiesOnly=yes", "-i", ClientKeyPath, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{User}@127.0.0.1", "anything");

    public async Task DisposeAsync()
    {
        if (sshd is not null)
        {
            await sshd.DisposeAsync();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A child sshd may still hold a file for a moment; the temp directory is cleaned by the OS.
        }
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
