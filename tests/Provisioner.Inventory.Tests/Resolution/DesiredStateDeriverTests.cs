using Provisioner.Abstractions;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Resolution;

/// <summary>Inheritance organisation → site → device, derivation by the guideline, and provenance of every value.</summary>
public sealed class DesiredStateDeriverTests
{
    private static Device Device(InventoryLoadResult result, string name)
    {
        Assert.Empty(result.Diagnostics);
        return result.Inventory!.Devices.Single(d => d.Name == name);
    }

    [Fact]
    public void Derive_NoOverrides_TakesOrganisationValuesWithTheirPositions()
    {
        var ups = Device(Examples.LoadText(Examples.MinimalText), "UPS-01");

        Assert.Equal(AlertSeverity.Warning, ups.Desired.MinimumSeverity);
        Assert.Equal(new Provenance(ProvenanceLevel.Organisation, new SourceLocation("test.yaml", 12, 21), "organisation defaults.minimum_severity"), ups.Provenance.MinimumSeverity);
        Assert.Equal("10.20.0.25", ups.Desired.RelayAddress);
        Assert.Equal(new SourceLocation("test.yaml", 7, 12), ups.Provenance.RelayAddress.Source);
        Assert.Equal(ProvenanceLevel.BuiltIn, ups.Provenance.Enabled.Level);
        Assert.True(ups.Desired.Enabled);
    }

    [Fact]
    public void Derive_SiteDefaults_OverrideOrganisationDefaults()
    {
        var yaml = Examples.MinimalWith("    name: Main office\n", "    name: Main office\n    defaults: { minimum_severity: minor, enabled: false }\n");

        var ups = Device(Examples.LoadText(yaml), "UPS-01");

        Assert.Equal(AlertSeverity.Minor, ups.Desired.MinimumSeverity);
        Assert.False(ups.Desired.Enabled);
        Assert.Equal(ProvenanceLevel.Site, ups.Provenance.MinimumSeverity.Level);
        Assert.Equal(new SourceLocation("test.yaml", 30, 35), ups.Provenance.MinimumSeverity.Source);
        Assert.Equal("site 'main' defaults.enabled", ups.Provenance.Enabled.Description);
    }

    [Fact]
    public void Derive_DeviceOverrides_WinOverSiteAndOrganisation()
    {
        var yaml = Examples.MinimalWith("    name: Main office\n", "    name: Main office\n    defaults: { minimum_severity: minor }\n")
            .Replace(
                "address: 10.20.1.11 }",
                "address: 10.20.1.11,\n          overrides: { minimum_severity: critical, relay: { address: 10.20.0.26, port: 2525, security: starttls } } }",
                StringComparison.Ordinal);

        var ups = Device(Examples.LoadText(yaml), "UPS-01");

        Assert.Equal(AlertSeverity.Critical, ups.Desired.MinimumSeverity);
        Assert.Equal(ProvenanceLevel.Device, ups.Provenance.MinimumSeverity.Level);
        Assert.Equal(("10.20.0.26", 2525, SmtpSecurity.StartTls), (ups.Desired.RelayAddress, ups.Desired.RelayPort, ups.Desired.Security));
        Assert.Equal("device overrides.relay.port", ups.Provenance.RelayPort.Description);
    }

    [Fact]
    public void Derive_Sender_IsTheLowerCasedDeviceNameAtTheDomain()
    {
        var ups = Device(Examples.LoadText(Examples.MinimalText), "UPS-01");

        Assert.Equal("ups-01@fabrikam.com", ups.Desired.FromAddress);
        Assert.Equal(ProvenanceLevel.Derived, ups.Provenance.FromAddress.Level);
        Assert.Equal(ups.Sources.Of("name"), ups.Provenance.FromAddress.Source);
    }

    [Fact]
    public void Derive_Recipients_AreTheCategoryGroupsInOrder()
    {
        var ups = Device(Examples.LoadText(Examples.MinimalText), "UPS-01");

        Assert.Equal([new Recipient("alerts-power@fabrikam.com"), new Recipient("alerts-critical@fabrikam.com")], ups.Desired.Recipients);
        Assert.Equal(new SourceLocation("test.yaml", 22, 3), ups.Provenance.Recipients.Source);
    }

    [Fact]
    public async Task Derive_SeparateStaff_SiteQualifiesEveryGroup()
    {
        var inventory = (await InventoryLoader.LoadAsync(Examples.Contoso, CancellationToken.None)).Inventory!;

        var ny = inventory.Devices.Single(d => d.Name == "ENV-NY-SRV");
        var detroit = inventory.Devices.Single(d => d.Name == "ENV-DET-SRV");
        Assert.Equal(["alerts-newyork-environment@contoso.com", "alerts-newyork-critical@contoso.com"], ny.Desired.Recipients.Select(r => r.Address));
        Assert.Equal(["alerts-environment@contoso.com", "alerts-critical@contoso.com"], detroit.Desired.Recipients.Select(r => r.Address));
        Assert.Contains("site-qualified", ny.Provenance.Recipients.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_RelayAuth_IsCarriedAsAReference()
    {
        var yaml = Examples.MinimalWith("  security: none\n", "  security: tls\n  auth: { user: relay, password: env:RELAY_PW }\n");

        var ups = Examples.LoadText(yaml).Inventory!.Devices[0];

        Assert.Equal("relay", ups.Desired.AuthUser);
        Assert.Equal(new SecretReference(SecretScheme.Environment, "RELAY_PW"), ups.Desired.AuthPassword);
        Assert.Equal(ProvenanceLevel.Organisation, ups.Provenance.Auth.Level);
    }

    [Fact]
    public void Derive_OverriddenRecipientsAndSender_AreKeptAsWritten()
    {
        var yaml = Examples.MinimalWith("address: 10.20.1.12 }", "address: 10.20.1.12,\n          overrides: { from: app01-alerts@fabrikam.com, recipients: [alerts@fabrikam.com, alerts@fabrikam.com] } }");

        var app = Device(Examples.LoadText(yaml), "APP-01");

        Assert.Equal("app01-alerts@fabrikam.com", app.Desired.FromAddress);
        Assert.Equal([new Recipient("alerts@fabrikam.com")], app.Desired.Recipients);
        Assert.Equal(ProvenanceLevel.Device, app.Provenance.Recipients.Level);
    }

    [Fact]
    public void Load_OnlySiteQualifiedGroupDefined_AcceptsTheCategoryReference()
    {
        var yaml = Examples.MinimalWith("    name: Main office\n", "    name: Main office\n    separate_staff: true\n")
            .Replace("  alerts:\n", "  alerts-main:\n", StringComparison.Ordinal)
            .Replace("  alerts-power:\n", "  alerts-main-power:\n", StringComparison.Ordinal)
            .Replace("  alerts-critical:\n", "  alerts-main-critical:\n", StringComparison.Ordinal);

        var ups = Device(Examples.LoadText(yaml), "UPS-01");

        Assert.Equal(["alerts-main-power@fabrikam.com", "alerts-main-critical@fabrikam.com"], ups.Desired.Recipients.Select(r => r.Address));
    }
}
