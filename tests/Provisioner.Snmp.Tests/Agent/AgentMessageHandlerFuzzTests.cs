using Microsoft.Extensions.Time.Testing;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Messages;

namespace Provisioner.Snmp.Tests.Agent;

public sealed class AgentMessageHandlerFuzzTests
{
    [Fact]
    public async Task Handle_HundredThousandRandomAndMutatedPackets_NeverThrowsAndStaysBounded()
    {
        var time = new FakeTimeProvider();
        var handler = new AgentMessageHandler(
            new SnmpAgentOptions
            {
                ReadOnlyCommunities = ["public"],
                ReadWriteCommunities = ["private"],
                Users = FuzzSeeds.Users,
                EngineId = FuzzSeeds.EngineId,
                TimeProvider = time,
            },
            TestAgent.CreateStore());
        var seeds = FuzzSeeds.Load();
        var answeredSeeds = seeds.Count(seed => handler.Handle(seed) is not null);
        var mutator = new PacketMutator(4242, seeds);
        var answered = 0;
        long worstAllocation = 0;

        await Task.Run(() =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                var packet = mutator.Next();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var response = handler.Handle(packet);
                worstAllocation = Math.Max(worstAllocation, GC.GetAllocatedBytesForCurrentThread() - before);
                if (response is not null)
                {
                    answered++;
                    Assert.True(response.Length <= 8192);
                    SnmpMessageCodec.Decode(response);
                }
            }
        }).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(answeredSeeds >= seeds.Count - 12, $"only {answeredSeeds} of {seeds.Count} valid seeds were answered");
        Assert.True(answered > 1_000, $"only {answered} mutated packets were answered; the mutations no longer reach the PDU processing");
        Assert.True(worstAllocation < 4_000_000, $"one packet allocated {worstAllocation} bytes");
        Assert.True(handler.Counters.InvalidMessages > 10_000);
    }
}
