namespace Provisioner.Cli.Snmp;

/// <summary>What <c>provisioner snmp probe</c> learnt about an agent.</summary>
internal sealed record SnmpProbeResult
{
    /// <summary>The agent endpoint, e.g. <c>127.0.0.1:161</c>.</summary>
    public required string Agent { get; init; }

    /// <summary>The SNMP version used, e.g. <c>V2c</c>.</summary>
    public required string Version { get; init; }

    /// <summary>sysDescr.0, or null when the agent has none.</summary>
    public string? SysDescr { get; init; }

    /// <summary>sysObjectID.0 in dotted form, or null.</summary>
    public string? SysObjectId { get; init; }

    /// <summary>sysName.0, or null.</summary>
    public string? SysName { get; init; }

    /// <summary>sysUpTime.0 in hundredths of a second, or null.</summary>
    public uint? SysUpTime { get; init; }

    /// <summary>The agent's snmpEngineID as hex, or null when it does not expose one.</summary>
    public string? EngineId { get; init; }

    /// <summary>snmpEngineBoots, or null.</summary>
    public int? EngineBoots { get; init; }

    /// <summary>snmpEngineTime in seconds, or null.</summary>
    public int? EngineTime { get; init; }

    /// <summary>How long the system-group request took, in milliseconds.</summary>
    public double RoundTripMilliseconds { get; init; }

    /// <summary>Why the agent refused the credentials (v3 authentication), or null when the probe worked.</summary>
    public string? Error { get; init; }
}
