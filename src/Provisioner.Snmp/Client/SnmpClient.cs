using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Transport;

namespace Provisioner.Snmp.Client;

/// <summary>
/// The SNMP manager. One UDP socket per address family serves any number of concurrent requests to
/// any number of agents; answers are matched by request-id (v1/v2c) or msgID (v3) and by source
/// endpoint, and anything else is dropped. Thread-safe.
/// </summary>
public sealed partial class SnmpClient : IAsyncDisposable
{
    private readonly SnmpClientOptions _options;
    private readonly ConcurrentDictionary<int, PendingRequest> _pending = new();
    private readonly Lock _channelLock = new();
    private volatile UdpChannel? _channelV4;
    private volatile UdpChannel? _channelV6;
    private int _nextId = Random.Shared.Next(1, int.MaxValue / 2);
    private bool _disposed;

    /// <summary>Creates a client; sockets are bound on first use.</summary>
    /// <param name="options">Settings, or null for the defaults.</param>
    public SnmpClient(SnmpClientOptions? options = null)
    {
        _options = options ?? new SnmpClientOptions();
        if (_options.MaxMessageSize is < 484 or > 65507)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxMessageSize must be between 484 and 65507.");
        }
    }

    /// <summary>The number of requests currently waiting for an answer.</summary>
    public int PendingCount => _pending.Count;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        UdpChannel? v4;
        UdpChannel? v6;
        lock (_channelLock)
        {
            _disposed = true;
            (v4, v6) = (_channelV4, _channelV6);
            _channelV4 = _channelV6 = null;
        }

        if (v4 is not null)
        {
            await v4.DisposeAsync();
        }

        if (v6 is not null)
        {
            await v6.DisposeAsync();
        }
    }

    /// <summary>Sends one request message and waits for the matching answer, resending on timeout only.</summary>
    internal async Task<SnmpMessage> SendAndReceiveAsync(
        SnmpTarget target,
        IPEndPoint endpoint,
        int id,
        ReadOnlyMemory<byte> datagram,
        PduType requestType,
        PendingRequest.Acceptor? acceptor,
        CancellationToken cancellationToken)
    {
        var channel = GetChannel(endpoint.AddressFamily);
        var pending = new PendingRequest(endpoint, target.Version, acceptor);
        if (!_pending.TryAdd(id, pending))
        {
            throw new InvalidOperationException("Request id collision; too many requests in flight.");
        }

        try
        {
            var attempts = target.Retries + 1;
            for (var attempt = 1; attempt <= attempts; attempt++)
            {
                await channel.SendAsync(datagram, endpoint, cancellationToken);
                try
                {
                    return await pending.Task.WaitAsync(target.Timeout, _options.TimeProvider, cancellationToken);
                }
                catch (TimeoutException) when (attempt < attempts)
                {
                    // Resend: only timeouts are retried.
                }
                catch (TimeoutException)
                {
                    break;
                }
            }

            throw new SnmpTimeoutException(target.Endpoint, requestType, attempts, target.Timeout);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Returns a fresh id for a request-id or msgID (positive, unique among requests in flight).</summary>
    internal int NextId()
    {
        while (true)
        {
            var id = Interlocked.Increment(ref _nextId) & int.MaxValue;
            if (id != 0 && !_pending.ContainsKey(id))
            {
                return id;
            }
        }
    }

    private static IPEndPoint Normalize(IPEndPoint endpoint) =>
        endpoint.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(endpoint.Address.MapToIPv4(), endpoint.Port) : endpoint;

    private UdpChannel GetChannel(AddressFamily family)
    {
        var channel = family == AddressFamily.InterNetwork ? _channelV4 : _channelV6;
        if (channel is not null)
        {
            return channel;
        }

        lock (_channelLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (family == AddressFamily.InterNetwork)
            {
                return _channelV4 ??= Open(new IPEndPoint(_options.LocalAddressV4, 0));
            }

            return _channelV6 ??= Open(new IPEndPoint(_options.LocalAddressV6, 0));
        }
    }

    private UdpChannel Open(IPEndPoint local)
    {
        var channel = UdpChannel.Bind(local, _options.MaxMessageSize, _options.SocketBufferSize, OnDatagramAsync);
        channel.StartReceiving();
        return channel;
    }

    private ValueTask OnDatagramAsync(ReadOnlyMemory<byte> datagram, IPEndPoint source)
    {
        SnmpMessage message;
        int authOffset;
        try
        {
            message = SnmpMessageCodec.Decode(datagram.Span, out authOffset);
        }
        catch (SnmpDecodeException)
        {
            return ValueTask.CompletedTask;
        }

        var id = message.Version == SnmpMessageVersion.V3 ? message.Header!.MessageId : message.Pdu!.RequestId;
        if (message.Version != SnmpMessageVersion.V3 && message.Pdu!.Type != PduType.Response)
        {
            return ValueTask.CompletedTask;
        }

        if (_pending.TryGetValue(id, out var pending))
        {
            pending.Offer(datagram.Span, message, authOffset, source);
        }

        return ValueTask.CompletedTask;
    }
}
