namespace Provisioner.Inventory.Tests.Resolution;

public sealed class GroupNamingTests
{
    [Theory]
    [InlineData("alerts", "newyork", "alerts-newyork")]
    [InlineData("alerts-power", "newyork", "alerts-newyork-power")]
    [InlineData("alerts-newyork-power", "newyork", "alerts-newyork-power")]
    [InlineData("alerts-newyork", "newyork", "alerts-newyork")]
    [InlineData("alerts-newyorker", "newyork", "alerts-newyork-newyorker")]
    public void SiteQualified_GroupName_InsertsTheSiteAfterTheFirstPart(string group, string site, string expected) =>
        Assert.Equal(expected, GroupNaming.SiteQualified(group, site));

    [Theory]
    [InlineData("alerts-critical", true)]
    [InlineData("alerts-detroit-critical", true)]
    [InlineData("alerts-power", false)]
    [InlineData("alerts-paris-critical", false)]
    public void IsCriticalGroup_Name_RecognisesPlainAndSiteQualifiedForms(string group, bool expected) =>
        Assert.Equal(expected, GroupNaming.IsCriticalGroup(group, ["detroit", "newyork"]));

    [Fact]
    public void LocalPart_Address_ReturnsThePartBeforeTheAt() =>
        Assert.Equal("alerts-power", GroupNaming.LocalPart("alerts-power@contoso.com"));
}
