using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Snmp.Tests.Security.Usm;

public sealed class TimeWindowTests
{
    [Theory]
    [InlineData(5, 1000, 5, 1000, false)]
    [InlineData(5, 1150, 5, 1000, false)]
    [InlineData(5, 850, 5, 1000, false)]
    [InlineData(5, 1151, 5, 1000, true)]
    [InlineData(5, 849, 5, 1000, true)]
    [InlineData(4, 1000, 5, 1000, true)]
    [InlineData(6, 1000, 5, 1000, true)]
    [InlineData(int.MaxValue, 1000, int.MaxValue, 1000, true)]
    public void IsOutsideAuthoritative_FollowsRfc3414Step7a(int messageBoots, int messageTime, int boots, int time, bool outside)
    {
        Assert.Equal(outside, TimeWindow.IsOutsideAuthoritative(messageBoots, messageTime, boots, time));
    }
}
