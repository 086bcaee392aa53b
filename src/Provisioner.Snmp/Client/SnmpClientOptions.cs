namespace Provisioner.Snmp.Client;

/// <summary>Settings of an <see cref="SnmpClient"/>.</summary>
public sealed class SnmpClientOptions
{
    /// <summary>The clock for timeouts and SNMPv3 engine time. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The largest datagram the client receives (and advertises as msgMaxSize). Default 65507.</summary>
    public int MaxMessageSize { get; init; } = 65507;

    /// <summary>The max-repetitions <see cref="SnmpClient.WalkAsync"/> asks for per GetBulk. Default 20.</summary>
    public int WalkMaxRepetitions { get; init; } = 20;
}
