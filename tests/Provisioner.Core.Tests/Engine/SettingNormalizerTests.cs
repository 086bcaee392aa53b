using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Engine;

public sealed class SettingNormalizerTests
{
    [Theory]
    [InlineData(SettingType.IpAddress, "10.6.0.25 ", "10.6.0.25")]
    [InlineData(SettingType.IpAddress, "[2001:DB8:0:0::19]", "2001:db8::19")]
    [InlineData(SettingType.IpAddress, "2001:0db8:0000:0000:0000:0000:0000:0019", "2001:db8::19")]
    [InlineData(SettingType.Email, " Alerts-Power@Contoso.COM\0\0", "alerts-power@contoso.com")]
    [InlineData(SettingType.Text, "ups  \0", "ups")]
    [InlineData(SettingType.Text, "CaseKept", "CaseKept")]
    public void NormalizeText_DeviceForms_BecomeCanonical(SettingType type, string raw, string expected) =>
        Assert.Equal(expected, SettingNormalizer.NormalizeText(type, raw));

    [Fact]
    public void Normalize_PerRecipientModelAndNoLevel_FillsDesiredLevel()
    {
        var value = new RecipientsValue([new Recipient("A@contoso.com"), new Recipient("b@contoso.com", AlertSeverity.Critical)]);

        var normal = SettingNormalizer.Normalize(SettingKey.SmtpRecipients, value, RecipientModel.FixedSlots(4, perRecipientSeverity: true), AlertSeverity.Warning);

        Assert.Equal(new RecipientsValue([new Recipient("a@contoso.com", AlertSeverity.Warning), new Recipient("b@contoso.com", AlertSeverity.Critical)]), normal);
    }

    [Fact]
    public void Normalize_ModelWithoutPerRecipientLevel_DropsLevels()
    {
        var value = new RecipientsValue([new Recipient("a@contoso.com", AlertSeverity.Critical)]);

        var normal = SettingNormalizer.Normalize(SettingKey.SmtpRecipients, value, RecipientModel.List(), AlertSeverity.Warning);

        Assert.Equal(new RecipientsValue([new Recipient("a@contoso.com")]), normal);
    }

    [Fact]
    public void Normalize_NumberValue_IsUnchanged() =>
        Assert.Equal(new IntegerValue(587), SettingNormalizer.Normalize(SettingKey.SmtpPort, new IntegerValue(587), RecipientModel.None, AlertSeverity.Warning));
}
