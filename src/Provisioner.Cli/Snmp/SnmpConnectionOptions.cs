namespace Provisioner.Cli.Snmp;

/// <summary>
/// The net-snmp style options shared by <c>provisioner snmp get|set|walk|probe</c>, as typed.
/// Secrets left null here are taken from the environment (see <see cref="SnmpSecretEnvironment"/>).
/// </summary>
internal sealed record SnmpConnectionOptions
{
    /// <summary>The agent, e.g. <c>192.0.2.10</c>, <c>[::1]:1161</c>.</summary>
    public required string Agent { get; init; }

    /// <summary><c>-v</c>: 1, 2c or 3; null picks 3 when a user is given, else 2c.</summary>
    public string? Version { get; init; }

    /// <summary><c>-c</c>: the community.</summary>
    public string? Community { get; init; }

    /// <summary><c>-u</c>: the USM user.</summary>
    public string? User { get; init; }

    /// <summary><c>-l</c>: the security level; null infers it from the pass phrases available.</summary>
    public string? Level { get; init; }

    /// <summary><c>-a</c>: the authentication protocol.</summary>
    public string? AuthProtocol { get; init; }

    /// <summary><c>-A</c>: the authentication pass phrase.</summary>
    public string? AuthPassword { get; init; }

    /// <summary><c>-x</c>: the privacy protocol.</summary>
    public string? PrivProtocol { get; init; }

    /// <summary><c>-X</c>: the privacy pass phrase.</summary>
    public string? PrivPassword { get; init; }

    /// <summary><c>-n</c>: the v3 context name.</summary>
    public string? Context { get; init; }

    /// <summary><c>-t</c>: seconds to wait for each attempt (net-snmp's default is 1).</summary>
    public double TimeoutSeconds { get; init; } = 1;

    /// <summary><c>-r</c>: resends after a timeout (net-snmp's default is 5).</summary>
    public int Retries { get; init; } = 5;
}
