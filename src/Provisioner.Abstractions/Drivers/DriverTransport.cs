namespace Provisioner.Abstractions;

/// <summary>A protocol a driver talks to devices with.</summary>
public enum DriverTransport
{
    /// <summary>SNMPv1.</summary>
    SnmpV1 = 0,

    /// <summary>SNMPv2c.</summary>
    SnmpV2c = 1,

    /// <summary>SNMPv3 (USM).</summary>
    SnmpV3 = 2,

    /// <summary>HTTPS (REST or JSON-RPC).</summary>
    Https = 3,

    /// <summary>SSH command line.</summary>
    Ssh = 4,
}
