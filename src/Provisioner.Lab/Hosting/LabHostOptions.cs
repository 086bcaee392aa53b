using System.Net;

namespace Provisioner.Lab.Hosting;

/// <summary>How a <see cref="LabHost"/> lays out its devices.</summary>
public sealed record LabHostOptions
{
    /// <summary>The second octet of the 127.x.0.0/16 range devices get addresses from; 77 by default.</summary>
    public byte AddressRange { get; init; } = 77;

    /// <summary>
    /// The port each device tries first (161, SNMP's own); when it cannot be bound (privileges, or already
    /// taken) the device gets an ephemeral port on its address. Null: always ephemeral (tests).
    /// </summary>
    public int? PreferredSnmpPort { get; init; } = 161;

    /// <summary>
    /// The port each HTTPS device tries first (443); when it cannot be bound on the device's address the
    /// device gets an ephemeral port. Null: always ephemeral (tests).
    /// </summary>
    public int? PreferredHttpsPort { get; init; } = 443;

    /// <summary>
    /// The port each SSH device tries first (22); when it cannot be bound on the device's address the device gets an
    /// ephemeral port. Null: always ephemeral (tests).
    /// </summary>
    public int? PreferredSshPort { get; init; } = 22;

    /// <summary>The OpenSSH server the SSH devices run; when it (or ssh-keygen, or python3) is missing the SSH devices are skipped (<see cref="LabHost.SshSkipped"/>).</summary>
    public string SshdPath { get; init; } = Ssh.OpenSshTools.DefaultSshdPath;

    /// <summary>
    /// Whether clients of the SSH devices ask for a terminal, as the product's SSH drivers do; sshd gives one only when
    /// run by root, so then the SSH devices are skipped for other users. True by default; tests with clients that ask
    /// for none set false.
    /// </summary>
    public bool SshTerminals { get; init; } = true;

    /// <summary>
    /// The lab's SSH folder: host and client keys (kept across restarts), sshd configurations and logs, and the SSH
    /// devices' emulator state files. Null: a temporary folder, deleted when the lab stops.
    /// </summary>
    public string? SshFolder { get; init; }

    /// <summary>The relays (address and port) the SMTP capture stands in for; a device configured with any other relay cannot reach it (smtp-Result 9999).</summary>
    public IReadOnlyList<IPEndPoint> Relays { get; init; } = [];

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
