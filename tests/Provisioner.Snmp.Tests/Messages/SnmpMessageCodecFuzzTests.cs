using Provisioner.Snmp.Messages;

namespace Provisioner.Snmp.Tests.Messages;

public sealed class SnmpMessageCodecFuzzTests
{
    [Fact]
    public async Task Decode_HundredThousandRandomAndMutatedPackets_ThrowsOnlyDecodeExceptionsWithBoundedMemory()
    {
        var mutator = new PacketMutator(20261130, FuzzSeeds.Load());
        var decoded = 0;
        var rejected = 0;
        long worstAllocation = 0;

        await Task.Run(() =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                var packet = mutator.Next();
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    SnmpMessageCodec.Decode(packet);
                    decoded++;
                }
                catch (SnmpDecodeException)
                {
                    rejected++;
                }

                worstAllocation = Math.Max(worstAllocation, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(100_000, decoded + rejected);
        Assert.True(decoded > 1_000, $"only {decoded} mutated packets were still valid; the mutations no longer reach the deeper decoder");
        Assert.True(worstAllocation < 1_000_000, $"one packet allocated {worstAllocation} bytes");
    }
}
