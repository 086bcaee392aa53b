using CsCheck;
using Provisioner.Abstractions;
using Provisioner.Inventory.Rendering;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Properties;

/// <summary>render → reload is stable: the JSON desired state reads back into equal records.</summary>
public sealed class RenderRoundTripPropertyTests
{
    private static readonly Gen<string> Address = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 1, 20].Select(local => local + "@example.com");

    private static readonly Gen<NotificationSettings> Settings =
        Gen.Select(Gen.Bool, Gen.Int[1, 65535], Gen.Enum<SmtpSecurity>(), Gen.Enum<AlertSeverity>(), Address, Address.List[0, 6], Gen.Bool)
            .Select((enabled, port, security, severity, from, recipients, auth) => new NotificationSettings
            {
                Enabled = enabled,
                RelayAddress = $"10.0.{port % 256}.{port / 256}",
                RelayPort = port,
                Security = security,
                AuthUser = auth ? "relay" : null,
                AuthPassword = auth ? new SecretReference(SecretScheme.File, "/etc/provisioner/relay.pw") : null,
                FromAddress = from,
                Recipients = [.. recipients.Select(r => new Recipient(r))],
                MinimumSeverity = severity,
            });

    [Fact]
    public void RenderedSettings_AnySettings_ReadBackEqual() =>
        Settings.Sample(settings => Assert.Equal(settings, RenderedSettings.From(settings).ToSettings()));

    [Fact]
    public void DesiredStateDocument_RandomInventory_ReloadsIntoEqualSettings() =>
        InventoryGen.Spec.Sample(spec =>
        {
            var inventory = Examples.LoadText(InventoryGen.Yaml(spec)).Inventory!;
            var json = DesiredStateDocument.Create("gen", inventory.Devices).ToJson();

            var reloaded = DesiredStateDocument.Parse(json);

            Assert.Equal(inventory.Devices.Select(d => d.Desired), reloaded.Devices.Select(d => d.Desired.ToSettings()));
            Assert.Equal(inventory.Devices.Select(d => d.Name), reloaded.Devices.Select(d => d.Name));
            Assert.Equal(json, reloaded.ToJson());
        }, iter: 100);

    [Fact]
    public async Task DesiredStateDocument_Contoso_CarriesProvenanceOfEverySetting()
    {
        var inventory = (await InventoryLoader.LoadAsync(Examples.Contoso, CancellationToken.None)).Inventory!;

        var document = DesiredStateDocument.Parse(DesiredStateDocument.Create("contoso", inventory.Devices).ToJson());

        Assert.Equal(DesiredStateDocument.CurrentVersion, document.SchemaVersion);
        Assert.All(document.Devices, d => Assert.Equal(SettingKey.All.Select(k => k.Name), d.Provenance.Keys));
        var ups = document.Devices.Single(d => d.Name == "UPS-NY-01");
        Assert.Equal("derived", ups.Provenance["smtp.from"].Level);
        Assert.EndsWith("sites/newyork.yaml:9:17", ups.Provenance["smtp.from"].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSettings_PasswordThatIsNotAReference_Throws()
    {
        var rendered = RenderedSettings.From(new NotificationSettings { RelayAddress = "10.0.0.1", FromAddress = "a@b.c" }) with { AuthPassword = "hunter2" };

        var error = Assert.Throws<FormatException>(rendered.ToSettings);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
