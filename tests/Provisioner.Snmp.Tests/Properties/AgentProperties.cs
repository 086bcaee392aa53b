using CsCheck;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Properties;

public sealed class AgentProperties
{
    private static readonly Gen<MibStore> Store =
        Gen.UInt[1, 30].Array[1, 40].Select(suffixes =>
        {
            var store = new MibStore();
            foreach (var arc in suffixes.Distinct())
            {
                store.AddScalar(Oid.Parse("1.3.6.1.4.1.77").Append(arc), new Gauge32(arc));
            }

            return store;
        });

    [Fact]
    public void GetBulk_EqualsRepeatedGetNext()
    {
        Gen.Select(Store, Gen.Int[0, 3], Gen.Int[0, 12], Gen.UInt[0, 35].Array[1, 4]).Sample((store, nonRepeaters, maxRepetitions, starts) =>
        {
            var oids = starts.Select(s => VarBind.ForRead(Oid.Parse("1.3.6.1.4.1.77").Append(s))).ToArray();
            var response = AgentPduProcessor.Process(store, SnmpPdu.GetBulk(1, nonRepeaters, maxRepetitions, oids), SnmpMessageVersion.V2c, false, 60_000);

            var expected = new List<VarBind>();
            var n = Math.Min(nonRepeaters, oids.Length);
            expected.AddRange(oids.Take(n).Select(v => store.GetNext(v.Oid)));
            var cursors = oids.Skip(n).Select(v => v.Oid).ToArray();
            for (var row = 0; row < maxRepetitions && cursors.Length > 0; row++)
            {
                var next = cursors.Select(store.GetNext).ToArray();
                expected.AddRange(next);
                cursors = next.Select((v, i) => v.Value is EndOfMibView ? cursors[i] : v.Oid).ToArray();
                if (next.All(v => v.Value is EndOfMibView))
                {
                    break;
                }
            }

            Assert.Equal(expected, response.VarBinds);
        }, iter: 2_000);
    }

    [Fact]
    public void GetNext_WalkVisitsEveryInstanceInOrderOnce()
    {
        Store.Sample(store =>
        {
            var seen = new List<Oid>();
            for (var next = store.GetNext(Oid.Parse("1.3")); next.Value is not EndOfMibView; next = store.GetNext(next.Oid))
            {
                seen.Add(next.Oid);
            }

            Assert.Equal(store.Count, seen.Count);
            Assert.Equal(seen.Order(), seen);
        }, iter: 1_000);
    }
}
