using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Settings;

public sealed class RecipientsValueTests
{
    [Fact]
    public void Equals_SameRecipientsInOtherListInstances_IsTrue()
    {
        var a = new RecipientsValue([new Recipient("a@contoso.com", AlertSeverity.Warning)]);
        var b = new RecipientsValue(new List<Recipient> { new("A@contoso.com", AlertSeverity.Warning) });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void ToDisplayString_Levels_ShowsAddressesWithLevel() =>
        Assert.Equal("a@contoso.com [warning+], b@contoso.com", new RecipientsValue([new Recipient("a@contoso.com", AlertSeverity.Warning), new Recipient("b@contoso.com")]).ToDisplayString());

    [Fact]
    public void IsEmpty_NoRecipients_IsTrue() => Assert.True(new RecipientsValue([]).IsEmpty);
}
