namespace Provisioner.Mail.Tests;

public sealed class MailSideBuilderTests
{
    [Fact]
    public void Build_Contoso_TakesDomainRelayAndSharedMailbox()
    {
        var side = ContosoMailSide.Create();

        Assert.Equal("contoso.com", side.Domain);
        Assert.Equal("administrator@contoso.com", side.SharedMailbox);
        Assert.Equal("10.6.0.25", side.Relay.Address);
        Assert.Equal("mail01.contoso.com", side.Relay.Hostname);
        Assert.Equal(["10.6.0.0/16", "10.8.0.0/16"], side.Relay.AllowedRanges.Select(r => r.ToString()));
        Assert.EndsWith("org.yaml", side.Relay.AllowedRangesSource!.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Contoso_MarksPlainAndSiteCriticalGroups()
    {
        var side = ContosoMailSide.Create();

        Assert.Equal(["alerts-critical", "alerts-newyork-critical"], side.Groups.Where(g => g.Critical).Select(g => g.Name));
        Assert.Equal(12, side.Groups.Count);
        Assert.Equal(["2695555555@vtext.com", "2125550147@vtext.com"], side.Contacts.Select(c => c.Address));
    }

    [Fact]
    public void Build_Contoso_DevicesCarryDerivedSenderRecipientsAndLocations()
    {
        var side = ContosoMailSide.Create();

        var ups = Assert.Single(side.Devices, d => d.Name == "UPS-NY-01");
        Assert.Equal("newyork", ups.Site);
        Assert.Equal("power", ups.Category);
        Assert.Equal("10.6.10.11", ups.Address);
        Assert.Equal("ups-ny-01@contoso.com", ups.FromAddress, ignoreCase: true);
        Assert.Equal(["alerts-newyork-power@contoso.com", "alerts-newyork-critical@contoso.com"], ups.Recipients);
        Assert.EndsWith("newyork.yaml", ups.AddressSource!.File, StringComparison.Ordinal);
        Assert.Equal(side.Devices.Count, ContosoMailSide.Inventory.Devices.Count);
    }

    [Fact]
    public void Build_Contoso_MailCheckIsClean()
    {
        Assert.Empty(MailSideChecker.Check(ContosoMailSide.Create()));
    }
}
