namespace Provisioner.Abstractions;

/// <summary>The credentials one device is reached with, per transport; a device needs only the ones its driver uses.</summary>
public sealed record CredentialSet
{
    /// <summary>The name the inventory gave this credential set, e.g. <c>snmp-ny</c>; used in messages.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>SNMP credentials, or null.</summary>
    public SnmpCredentials? Snmp { get; init; }

    /// <summary>SSH credentials, or null.</summary>
    public SshCredentials? Ssh { get; init; }

    /// <summary>HTTP credentials, or null.</summary>
    public HttpCredentials? Http { get; init; }
}
