using Microsoft.Extensions.Time.Testing;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Client;

public sealed class RemoteEngineTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Now_AdvancesWithTheLocalClock()
    {
        var engine = new RemoteEngine(OctetString.Empty, 3, 1000, _time);

        _time.Advance(TimeSpan.FromSeconds(42));

        Assert.Equal((3, 1042), engine.Now());
    }

    [Theory]
    [InlineData(3, 1000, true)]
    [InlineData(3, 851, true)]
    [InlineData(3, 849, false)]
    [InlineData(2, 5000, false)]
    [InlineData(4, 0, true)]
    public void Accept_AppliesTheRfc3414TimeWindow(int boots, int time, bool expected)
    {
        var engine = new RemoteEngine(OctetString.Empty, 3, 1000, _time);

        Assert.Equal(expected, engine.Accept(boots, time));
    }

    [Fact]
    public void Accept_NewerMessage_UpdatesTheEstimate()
    {
        var engine = new RemoteEngine(OctetString.Empty, 3, 1000, _time);

        engine.Accept(4, 10);

        Assert.Equal((4, 10), engine.Now());
        Assert.False(engine.Accept(3, 2000));
    }

    [Fact]
    public void Accept_BootsAtTheLatch_IsRejected()
    {
        var engine = new RemoteEngine(OctetString.Empty, int.MaxValue, 1000, _time);

        Assert.False(engine.Accept(int.MaxValue, 1000));
    }
}
