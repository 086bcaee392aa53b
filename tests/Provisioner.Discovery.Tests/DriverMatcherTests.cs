using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;

namespace Provisioner.Discovery.Tests;

public sealed class DriverMatcherTests
{
    private static DriverDescriptor Driver(string id, string prefix, string? sysDescr = null) => new()
    {
        Id = id,
        Vendor = "Test",
        Models = ["T"],
        Transports = [DriverTransport.SnmpV2c],
        Settings = [],
        Identity = SnmpIdentityRule.Create(prefix, sysDescr),
        Hints = new InventoryHints("pdu", "power"),
    };

    [Fact]
    public void Match_TwoRulesMatch_PrefersTheLongerSysObjectIdPrefix()
    {
        var matcher = new DriverMatcher([Driver("vendor.family", "1.3.6.1.4.1.99"), Driver("vendor.model", "1.3.6.1.4.1.99.2")]);

        var match = matcher.Match(new SystemGroup("Model 2", "1.3.6.1.4.1.99.2.7", "pdu-1"));

        Assert.Equal("vendor.model", match?.Id);
    }

    [Fact]
    public void Match_SysDescrPatternDisagrees_SuggestsNothing()
    {
        var matcher = new DriverMatcher([Driver("vendor.model", "1.3.6.1.4.1.99", "^Model ")]);

        Assert.Null(matcher.Match(new SystemGroup("Linux nas0", "1.3.6.1.4.1.99.1", "nas0")));
        Assert.NotNull(matcher.Match(new SystemGroup("Model 9", "1.3.6.1.4.1.99.1", "pdu-9")));
    }

    [Fact]
    public void Match_NoSysObjectId_SuggestsNothing()
    {
        var matcher = new DriverMatcher([Driver("vendor.model", "1.3.6.1.4.1.99")]);

        Assert.Null(matcher.Match(new SystemGroup("Model 2", null, "x")));
    }
}
