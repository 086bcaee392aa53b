namespace Provisioner.Mail.Tests;

public sealed class MailContactTests
{
    [Theory]
    [InlineData("2695555555@vtext.com", "2695555555.vtext.com")]
    [InlineData("John Doe <x>@pager.example", "John-Doe--x-.pager.example")]
    [InlineData(".lead@sms..example.", "lead.sms.example")]
    public void AliasFor_Address_UsesOnlyAliasCharacters(string address, string alias)
    {
        Assert.Equal(alias, MailContact.AliasFor(address));
    }

    [Fact]
    public void FromGroups_SameAddressInTwoGroups_OneContact()
    {
        MailGroup[] groups =
        [
            new() { Name = "a", Address = "a@contoso.com", External = ["2695555555@vtext.com"] },
            new() { Name = "b", Address = "b@contoso.com", External = ["2695555555@VTEXT.com", "2125550147@vtext.com"] },
        ];

        var contacts = MailContact.FromGroups(groups);

        Assert.Equal(["2695555555@vtext.com", "2125550147@vtext.com"], contacts.Select(c => c.Address));
    }
}
