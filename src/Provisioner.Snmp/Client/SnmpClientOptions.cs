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

    /// <summary>The local IPv4 address the client's IPv4 socket binds to (port chosen by the OS). Default any.</summary>
    public System.Net.IPAddress LocalAddressV4 { get; init; } = System.Net.IPAddress.Any;

    /// <summary>The local IPv6 address the client's IPv6 socket binds to (port chosen by the OS). Default any.</summary>
    public System.Net.IPAddress LocalAddressV6 { get; init; } = System.Net.IPAddress.IPv6Any;

    /// <summary>The max-repetitions <see cref="SnmpClient.WalkAsync"/> asks for per GetBulk. Default 20.</summary>
    public int WalkMaxRepetitions { get; init; } = 20;
}
