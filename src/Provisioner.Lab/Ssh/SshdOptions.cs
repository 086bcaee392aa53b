using System.Net;

namespace Provisioner.Lab.Ssh;

/// <summary>How one OpenSSH <c>sshd -D</c> of the lab is configured (<see cref="SshdProcess"/>).</summary>
public sealed record SshdOptions
{
    /// <summary>The loopback address to listen on.</summary>
    public required IPAddress Address { get; init; }

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The folder for this instance's configuration, pid file and log (several instances may share it: see <see cref="Name"/>).</summary>
    public required string Directory { get; init; }

    /// <summary>The prefix of this instance's files in <see cref="Directory"/>, e.g. <c>sshd-UPS-01</c>.</summary>
    public string Name { get; init; } = "sshd";

    /// <summary>The host key (private key file) the instance presents.</summary>
    public required string HostKeyPath { get; init; }

    /// <summary>The <c>authorized_keys</c> file of the client keys it accepts.</summary>
    public required string AuthorizedKeysPath { get; init; }

    /// <summary>The command line sshd runs, through the user's shell, for every session (<c>ForceCommand</c>).</summary>
    public required string ForceCommand { get; init; }

    /// <summary>Whether password and keyboard-interactive logins are offered (they check the OS account's password); true by default.</summary>
    public bool PasswordLogins { get; init; } = true;

    /// <summary>The sshd program.</summary>
    public string SshdPath { get; init; } = OpenSshTools.DefaultSshdPath;

    /// <summary>sshd's <c>LogLevel</c>; <c>DEBUG1</c> (which logs every <c>userauth-request</c>) by default.</summary>
    public string LogLevel { get; init; } = "DEBUG1";

    /// <summary>How long to wait for sshd to listen; 20 s by default.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
