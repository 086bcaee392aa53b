using System.Net;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Transport;

namespace Provisioner.Snmp.Agent;

/// <summary>
/// An SNMP agent on one UDP socket, answering v1, v2c and v3 from an <see cref="IMibStore"/>. It uses
/// a single asynchronous receive loop and no thread of its own, so one process can host thousands.
/// Fault hooks (<see cref="ResponseDelay"/>, <see cref="DropRate"/>, <see cref="Silent"/>, <see cref="ResponseFault"/>) can be changed at run time.
/// </summary>
public sealed class SnmpAgent : IAsyncDisposable
{
    private readonly SnmpAgentOptions _options;
    private readonly AgentMessageHandler _handler;
    private UdpChannel? _channel;
    private long _responseDelayTicks;
    private double _dropRate;
    private volatile bool _silent;

    private SnmpAgent(SnmpAgentOptions options, IMibStore store)
    {
        _options = options;
        _handler = new AgentMessageHandler(options, store);
    }

    /// <summary>The bound endpoint, with the real port.</summary>
    public IPEndPoint LocalEndpoint => _channel!.LocalEndpoint;

    /// <summary>snmpEngineID of this agent.</summary>
    public ReadOnlyMemory<byte> EngineId => _handler.EngineId;

    /// <summary>The data served.</summary>
    public IMibStore Store => _handler.Store;

    /// <summary>Delay before each response is sent (lab fault). Default zero.</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _responseDelayTicks));
        set => Interlocked.Exchange(ref _responseDelayTicks, value < TimeSpan.Zero ? 0 : value.Ticks);
    }

    /// <summary>Probability 0..1 that a request is silently dropped (lab fault). Default 0.</summary>
    public double DropRate
    {
        get => Volatile.Read(ref _dropRate);
        set => Volatile.Write(ref _dropRate, Math.Clamp(value, 0, 1));
    }

    /// <summary>When true the agent answers nothing (lab fault: a dead device).</summary>
    public bool Silent
    {
        get => _silent;
        set => _silent = value;
    }

    /// <summary>
    /// Rewrites every response PDU (GET, GETNEXT, GETBULK, SET answers) before it is sent (lab fault: a
    /// device that answers with too few or too many bindings, other OIDs or other types); null for none.
    /// </summary>
    public Func<SnmpPdu, SnmpPdu>? ResponseFault
    {
        get => _handler.ResponseFault;
        set => _handler.ResponseFault = value;
    }

    /// <summary>The usmStats and community counters of this agent.</summary>
    public AgentCounters Counters => _handler.Counters;

    /// <summary>Binds the socket and starts answering.</summary>
    /// <param name="options">Endpoint, communities, users, engine settings.</param>
    /// <param name="store">The data to serve.</param>
    /// <returns>The running agent.</returns>
    /// <exception cref="System.Net.Sockets.SocketException">The endpoint cannot be bound.</exception>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="SnmpAgentOptions.Validate"/>).</exception>
    public static SnmpAgent Start(SnmpAgentOptions options, IMibStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        options.Validate();

        var agent = new SnmpAgent(options, store);
        agent._channel = UdpChannel.Bind(options.Endpoint, options.MaxMessageSize, options.SocketBufferSize, agent.OnDatagramAsync);
        agent._channel.StartReceiving();
        return agent;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }
    }

    private ValueTask OnDatagramAsync(ReadOnlyMemory<byte> datagram, IPEndPoint source)
    {
        if (_silent)
        {
            return ValueTask.CompletedTask;
        }

        var dropRate = DropRate;
        if (dropRate > 0 && NextDouble() < dropRate)
        {
            return ValueTask.CompletedTask;
        }

        var response = _handler.Handle(datagram.Span);
        if (response is null)
        {
            return ValueTask.CompletedTask;
        }

        var delay = ResponseDelay;
        if (delay > TimeSpan.Zero)
        {
            _ = SendLaterAsync(response, source, delay);
            return ValueTask.CompletedTask;
        }

        return _channel!.SendAsync(response, source, CancellationToken.None);
    }

    private double NextDouble()
    {
        var random = _options.Random;
        lock (random)
        {
            return random.NextDouble();
        }
    }

    private async Task SendLaterAsync(byte[] response, IPEndPoint source, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _options.TimeProvider);
            if (_channel is { } channel)
            {
                await channel.SendAsync(response, source, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is SnmpException or ObjectDisposedException)
        {
            // The agent was stopped meanwhile, or the peer is gone: the response is lost, as on a wire.
        }
    }
}
