using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Drivers;

public sealed class IdentityRuleTests
{
    private static readonly IdentityRule Rule = new() { SysObjectIdPrefix = "1.3.6.1.4.1.1918.2.13", SysDescrPattern = "^SC[23]00" };

    [Theory]
    [InlineData("1.3.6.1.4.1.1918.2.13", "SC200 Supervisory Module", true)]
    [InlineData(".1.3.6.1.4.1.1918.2.13.1", "sc300 controller", true)]
    [InlineData("1.3.6.1.4.1.1918.2.130", "SC200", false)]
    [InlineData("1.3.6.1.4.1.318.1.3.27", "SC200", false)]
    [InlineData("1.3.6.1.4.1.1918.2.13", "APC Web/SNMP Management Card", false)]
    [InlineData(null, "SC200", false)]
    public void Matches_Identity_ChecksPrefixAtArcBoundaryAndPattern(string? oid, string descr, bool expected) =>
        Assert.Equal(expected, Rule.Matches(new IdentifyResponse { SysObjectId = oid, SysDescr = descr }));

    [Fact]
    public void Matches_EmptyRule_AcceptsAnything() => Assert.True(new IdentityRule().Matches(new IdentifyResponse()));
}
