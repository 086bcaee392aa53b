using System.Net;
using Provisioner.Lab.Ssh;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>
/// A real OpenSSH sshd (the lab's one launcher, <see cref="SshdProcess"/>) on 127.0.0.1 and a free port, run as the current user with its own configuration,
/// an ed25519 host key and authorized client keys (ed25519, and RSA with a passphrase) made by ssh-keygen
/// in a temporary directory, and Assets/device-cli.sh as the forced command. Not root: <c>UsePAM no</c>,
/// the current user logs in. Root: root login is allowed for this instance only. Its log (sshd -E, DEBUG1)
/// is kept in <see cref="Log"/>.
/// </summary>
public sealed class SshdFixture : IAsyncLifetime
{
    public const string RsaPassphrase = "rsa-key-passphrase-7";
    private SshdProcess? sshd;

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
    public string Log => sshd?.Log ?? string.Empty;

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
        sshd = await SshdProcess.StartAsync(
            new SshdOptions
            {
                Address = IPAddress.Loopback,
                Directory = Directory,
                HostKeyPath = HostKeyPath,
                AuthorizedKeysPath = authorized,
                ForceCommand = $"/bin/bash {script}",
            },
            CancellationToken.None);
        Port = sshd.Endpoint.Port;
    }

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

    /// <summary>Waits until the log satisfies <paramref name="condition"/>; returns whether it did.</summary>
    public Task<bool> WaitForLogAsync(Func<string, bool> condition, TimeSpan timeout) =>
        sshd!.WaitForLogAsync(condition, timeout, CancellationToken.None);

    public static int FreePort() => SshdProcess.FreePort(IPAddress.Loopback);
}
