namespace Provisioner.Abstractions;

/// <summary>How to reach a device over SNMP. Secrets are references, resolved at run time.</summary>
public sealed record SnmpCredentials
{
    /// <summary>The SNMP version.</summary>
    public SnmpVersion Version { get; init; } = SnmpVersion.V2c;

    /// <summary>The community for v1/v2c; must be a read-write community to apply.</summary>
    public SecretReference? Community { get; init; }

    /// <summary>The USM user name for v3.</summary>
    public string? User { get; init; }

    /// <summary>The v3 authentication protocol.</summary>
    public SnmpAuthProtocol AuthProtocol { get; init; } = SnmpAuthProtocol.None;

    /// <summary>The v3 authentication pass phrase (at least 8 characters on most agents).</summary>
    public SecretReference? AuthPassword { get; init; }

    /// <summary>The v3 privacy protocol.</summary>
    public SnmpPrivProtocol PrivProtocol { get; init; } = SnmpPrivProtocol.None;

    /// <summary>The v3 privacy pass phrase.</summary>
    public SecretReference? PrivPassword { get; init; }

    /// <summary>The v3 context name; empty for the default context.</summary>
    public string ContextName { get; init; } = string.Empty;
}
