using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Settings;

public sealed class NotificationSettingsTests
{
    private static NotificationSettings Sample() => new()
    {
        RelayAddress = "10.6.0.25",
        FromAddress = "ups-ny-01@contoso.com",
        Recipients = [new Recipient("alerts-power@contoso.com"), new Recipient("alerts-critical@contoso.com")],
    };

    [Fact]
    public void Equals_SameValuesDifferentListInstances_IsTrue()
    {
        Assert.Equal(Sample(), Sample() with { Recipients = [.. Sample().Recipients] });
        Assert.Equal(Sample().GetHashCode(), (Sample() with { FromAddress = "UPS-NY-01@contoso.com" }).GetHashCode());
    }

    [Fact]
    public void Equals_RecipientOrderDiffers_IsFalse()
    {
        var reversed = Sample() with { Recipients = [.. Sample().Recipients.Reverse()] };

        Assert.NotEqual(Sample(), reversed);
    }
}
