using Provisioner.Abstractions;

namespace Provisioner.Transport.Snmp.Tests;

public sealed class SnmpIdentityRuleTests
{
    private static readonly IdentityRule Sc200 = SnmpIdentityRule.Create("1.3.6.1.4.1.1918.2.13", "^SC200 Controller");

    private static IdentifyResponse Device(string? sysObjectId, string? sysDescr) =>
        new() { Details = SnmpIdentityRule.Details(sysObjectId, sysDescr) };

    [Fact]
    public void Create_MatchingDevice_Matches() =>
        Assert.Empty(Sc200.Mismatches(Device("1.3.6.1.4.1.1918.2.13", "SC200 Controller - software version 4.04")));

    [Fact]
    public void Create_OtherDevice_SaysWhichPartsDiffer()
    {
        var reasons = Sc200.Mismatches(Device("1.3.6.1.4.1.8072.3.2.10", "Linux nas0 3.2.101"));

        Assert.Equal(
            ["snmp.sysObjectID is '1.3.6.1.4.1.8072.3.2.10', expected under 1.3.6.1.4.1.1918.2.13", "snmp.sysDescr is 'Linux nas0 3.2.101', expected to match /^SC200 Controller/"],
            reasons);
    }

    [Theory]
    [InlineData("1.3.6.1.4.1.1918.2.130", false)]
    [InlineData("1.3.6.1.4.1.1918.2.13.1", true)]
    [InlineData(".1.3.6.1.4.1.1918.2.13", true)]
    public void Create_PrefixMatchesOnlyAtAnArcBoundary(string sysObjectId, bool matches) =>
        Assert.Equal(matches, SnmpIdentityRule.Create("1.3.6.1.4.1.1918.2.13").Matches(Device(sysObjectId, null)));

    [Fact]
    public void Create_NoSysObjectIdAnswered_DoesNotMatch() =>
        Assert.Equal(["snmp.sysObjectID is '(none)', expected under 1.3.6.1.4.1.1918.2.13"], SnmpIdentityRule.Create("1.3.6.1.4.1.1918.2.13").Mismatches(Device(null, null)));

    [Fact]
    public void Create_LongerPrefix_IsMoreSpecific() =>
        Assert.True(SnmpIdentityRule.Create("1.3.6.1.4.1.850.1.1").Specificity > SnmpIdentityRule.Create("1.3.6.1.4.1.850").Specificity);
}
