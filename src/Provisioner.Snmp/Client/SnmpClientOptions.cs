namespace Provisioner.Snmp.Client;

/// <summary>Settings of an <see cref="SnmpClient"/>.</summary>
public sealed class SnmpClientOptions
{
    /// <summary>The clock for timeouts and SNMPv3 engine time. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The largest datagram the client receives (and advertises as msgMaxSize). Default 65507.</summary>
    public int MaxMessageSize { get; init; } = 65507;

    /// <summary>The kernel receive and send buffer size of each socket, in bytes. Default 4 MiB, so that thousands of answers arriving together queue instead of being dropped.</summary>
    public int SocketBufferSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>The max-repetitions <see cref="SnmpClient.WalkAsync"/> asks for per GetBulk. Default 20.</summary>
    public int WalkMaxRepetitions { get; init; } = 20;
}
