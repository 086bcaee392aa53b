using BenchmarkDotNet.Attributes;
using Provisioner.Snmp.Messages;

namespace Provisioner.Benchmarks.Codec;

/// <summary>BER encode and decode of a typical v2c Response (eight bindings, 200 bytes).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MessageCodecBenchmarks
{
    private readonly SnmpMessage message = TypicalMessages.V2c(TypicalMessages.Response(4242));
    private byte[] packet = [];

    /// <summary>Encodes once so the decode benchmark has bytes.</summary>
    [GlobalSetup]
    public void Setup() => packet = SnmpMessageCodec.Encode(message);

    /// <summary>Encodes the response.</summary>
    /// <returns>The datagram.</returns>
    [Benchmark]
    public byte[] EncodeResponse() => SnmpMessageCodec.Encode(message);

    /// <summary>Decodes the response.</summary>
    /// <returns>The message.</returns>
    [Benchmark]
    public SnmpMessage DecodeResponse() => SnmpMessageCodec.Decode(packet);
}
