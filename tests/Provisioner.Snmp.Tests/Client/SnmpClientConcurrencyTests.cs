using System.Net;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Client;

/// <summary>Bursts of requests; run alone so that their traffic does not starve the other tests' packets.</summary>
[Collection(nameof(LoadCollection))]
public sealed class SnmpClientConcurrencyTests
{
    [Fact]
    public async Task Get_ThousandRequestsInFlightToSeveralAgents_AllMatchTheirAnswers()
    {
        var labs = new List<TestAgent>();
        for (var i = 0; i < 4; i++)
        {
            var store = TestAgent.CreateStore();
            var column = Oid.Parse("1.3.6.1.4.1.99.1");
            store.AddColumn(column, new Provisioner.Snmp.Agent.MibObjectOptions { Type = SnmpTag.Integer32 });
            for (var row = 0u; row < 250; row++)
            {
                store.SetCell(column, [row], new Integer32((i * 1000) + (int)row));
            }

            labs.Add(await TestAgent.StartAsync(IPAddress.Loopback, store: store));
        }

        await using var client = new SnmpClient();
        try
        {
            var requests = Enumerable.Range(0, 1000).Select(async n =>
            {
                var agent = n % 4;
                var row = (uint)(n / 4);
                var target = new SnmpTarget(labs[agent].Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public") { Timeout = TimeSpan.FromSeconds(10), Retries = 2 };
                var result = await client.GetAsync(target, [Oid.Parse("1.3.6.1.4.1.99.1").Append(row)]);
                return (Expected: (agent * 1000) + (int)row, Actual: ((Integer32)result[0].Value).Value);
            }).ToArray();

            var results = await Task.WhenAll(requests);

            Assert.All(results, r => Assert.Equal(r.Expected, r.Actual));
            Assert.Equal(0, client.PendingCount);
        }
        finally
        {
            foreach (var lab in labs)
            {
                await lab.DisposeAsync();
            }
        }
    }
}
