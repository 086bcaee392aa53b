using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Settings;

public sealed class SettingKeyTests
{
    [Fact]
    public void All_Catalogue_HasTheNineCanonicalNamesInOrder() =>
        Assert.Equal(
            ["smtp.enabled", "smtp.relay", "smtp.port", "smtp.security", "smtp.auth.user", "smtp.auth.password", "smtp.from", "smtp.recipients", "alerts.minimum_severity"],
            SettingKey.All.Select(k => k.Name));

    [Fact]
    public void TryParse_KnownName_ReturnsTheCatalogueInstance()
    {
        Assert.True(SettingKey.TryParse("smtp.from", out var key));
        Assert.Same(SettingKey.SmtpFrom, key);
    }

    [Theory]
    [InlineData("smtp.server")]
    [InlineData("SMTP.FROM")]
    [InlineData(null)]
    public void TryParse_NameNotInCatalogue_IsFalse(string? name) => Assert.False(SettingKey.TryParse(name, out _));

    [Fact]
    public void PathAt_Index_IsBracketed() => Assert.Equal("smtp.recipients[2]", SettingKey.SmtpRecipients.PathAt(2));

    [Fact]
    public void ToValues_Settings_MapsEveryKeyAndLeavesUnsetPasswordOut()
    {
        var settings = new NotificationSettings { RelayAddress = "10.6.0.25", FromAddress = "nas1@contoso.com", Recipients = [new Recipient("alerts@contoso.com")] };

        var values = SettingMap.ToValues(settings, new NoSecrets());

        Assert.Equal(SettingKey.All.Where(k => k != SettingKey.SmtpAuthPassword), values.Keys);
        Assert.Equal(new TextValue(string.Empty), values[SettingKey.SmtpAuthUser]);
        Assert.Equal(new IntegerValue(25), values[SettingKey.SmtpPort]);
    }

    [Fact]
    public void ToValues_PasswordReference_ResolvesIntoSecretValue()
    {
        var settings = new NotificationSettings { RelayAddress = "10.6.0.25", FromAddress = "nas1@contoso.com", AuthPassword = new SecretReference(SecretScheme.Environment, "PW") };

        var values = SettingMap.ToValues(settings, new NoSecrets());

        var secret = Assert.IsType<SecretValue>(values[SettingKey.SmtpAuthPassword]);
        Assert.Equal("value-of-env:PW", secret.Value.Reveal());
        Assert.Equal("[redacted]", secret.ToDisplayString());
        Assert.DoesNotContain("value-of", secret.ToString(), StringComparison.Ordinal);
    }

    private sealed class NoSecrets : ISecretResolver
    {
        public Secret Resolve(SecretReference reference) => new("value-of-" + reference);
    }
}
