using Provisioner.Abstractions;
using Provisioner.Inventory.Policy.Drivers;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Policy.Drivers;

/// <summary>The driver rules PV020-PV025 against the minimal inventory and descriptors made for each case.</summary>
public sealed class DriverFitCheckTests
{
    private static DriverDescriptor Ups(Func<DriverDescriptor, DriverDescriptor>? change = null)
    {
        var descriptor = new DriverDescriptor
        {
            Id = "tripplite.poweralert",
            Vendor = "Test",
            Models = ["UPS"],
            Transports = [DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
            Settings = [.. SettingKey.All.Select(k => new SettingDescriptor { Key = k, Description = k.Name })],
            Recipients = RecipientModel.List(),
        };
        return change is null ? descriptor : change(descriptor);
    }

    private static DriverDescriptor App => Ups() with { Id = "tripplite.poweralert12" };

    private static List<Diagnostic> Check(string yaml, params DriverDescriptor[] drivers)
    {
        var loaded = Examples.LoadText(yaml);
        Assert.False(loaded.Diagnostics.HasErrors, string.Join("\n", loaded.Diagnostics));
        return [.. DriverFitCheck.Evaluate(loaded.Inventory!, new DriverDescriptorSet(drivers))];
    }

    [Fact]
    public void Evaluate_DevicesFitTheirDrivers_FindsNothing()
    {
        Assert.Empty(Check(Examples.MinimalText, Ups(), App));
    }

    [Theory]
    [InlineData("tripplite.poweralrt", "tripplite.poweralert")]
    [InlineData("apc.poweralert", "tripplite.poweralert")]
    public void DriverExists_Typo_SuggestsTheNearestDriverAtTheDriverKey(string typo, string suggestion)
    {
        var finding = Assert.Single(Check(Examples.MinimalWith("driver: tripplite.poweralert,", $"driver: {typo},"), Ups(), App));

        Assert.Equal(("PV020", "UPS-01", DiagnosticSeverity.Error), (finding.Code, finding.Device, finding.Severity));
        Assert.Contains($"Did you mean '{suggestion}'?", finding.Detail, StringComparison.Ordinal);
        Assert.Equal((33, 61), (finding.Source!.Line, finding.Source.Column));
    }

    [Fact]
    public void DriverFitsCredentials_SnmpVersionTheDriverDoesNotSpeak_IsAnError()
    {
        var finding = Assert.Single(Check(Examples.MinimalText, Ups(d => d with { Transports = [DriverTransport.SnmpV3] }), App));

        Assert.Equal("PV021", finding.Code);
        Assert.Equal("Credential set 'snmp-main' has an snmp section for SNMPv2c; driver 'tripplite.poweralert' speaks SNMPv3", finding.Summary);
    }

    [Fact]
    public void DriverFitsCredentials_HttpsDriverWithHttpSection_Fits()
    {
        var yaml = Examples.MinimalWith("snmp: { version: 2c, community: env:FABRIKAM_COMMUNITY }", "http: { user: admin, password: env:API_PW }");

        Assert.DoesNotContain(Check(yaml, Ups(d => d with { Transports = [DriverTransport.Https] }), App with { Transports = [DriverTransport.Https] }), f => f.Code == "PV021");
    }

    [Fact]
    public void RecipientsFitDevice_MoreGroupsThanSlots_AdviceKeepsToGroups()
    {
        var finding = Assert.Single(Check(Examples.MinimalText, Ups(d => d with { Recipients = RecipientModel.FixedSlots(1) }), App));

        Assert.Equal(("PV022", "UPS-01"), (finding.Code, finding.Device));
        Assert.Contains("Split the category", finding.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("single address", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void RecipientsFitDevice_FromAnOverride_AdvisesFewerGroupsInTheOverride()
    {
        var yaml = Examples.MinimalWith("address: 10.20.1.11 }", "address: 10.20.1.11, overrides: { recipients: [alerts-power@fabrikam.com, alerts-critical@fabrikam.com] } }");

        var finding = Assert.Single(Check(yaml, Ups(d => d with { Recipients = RecipientModel.SingleAddress }), App));

        Assert.Contains("'overrides.recipients'", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SenderFitsDevice_LocalPartLongerThanTheField_IsAnError()
    {
        var finding = Assert.Single(Check(Examples.MinimalText, Ups(d => d with { Sender = new SenderModel(SenderModelKind.LocalPartAndDomain, 4) }), App));

        Assert.Equal(("PV023", "smtp.from"), (finding.Code, finding.Path));
        Assert.Contains("at most 4 characters; 'ups-01' has 6", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void SenderFitsDevice_DeviceNameAtDomainWithAnotherName_IsAnError()
    {
        var yaml = Examples.MinimalWith("address: 10.20.1.11 }", "address: 10.20.1.11, overrides: { from: ups-01-main@fabrikam.com } }");

        var findings = Check(yaml, Ups(d => d with { Sender = new SenderModel(SenderModelKind.DeviceNameAtDomain, null) }), App);

        Assert.Contains(findings, f => f.Code == "PV023" && f.Summary.Contains("must equal its host name 'UPS-01'", StringComparison.Ordinal));
    }

    [Fact]
    public void SettingsSetByHand_MissingAndReadOnlySettings_AreOneInformationPerDevice()
    {
        var step = new ManualStep(SettingKey.AlertsMinimumSeverity, "Pick warning", "Web UI › Alerts");
        var driver = Ups(d => d with
        {
            Settings = [.. d.Settings.Where(s => !s.Key.Equals(SettingKey.SmtpFrom)).Select(s => s.Key.Equals(SettingKey.AlertsMinimumSeverity) ? s with { Access = SettingAccess.ReadOnly, ManualStep = step } : s)],
        });

        var finding = Assert.Single(Check(Examples.MinimalText, driver, App));

        Assert.Equal(("PV024", DiagnosticSeverity.Info), (finding.Code, finding.Severity));
        Assert.Equal("2 setting(s) must be set by hand: smtp.from, alerts.minimum_severity", finding.Summary);
        Assert.Contains("alerts.minimum_severity = warning: Pick warning in Web UI › Alerts", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesFitDevice_PortOutsideTheDevicesRange_IsAnErrorAtThePort()
    {
        var yaml = Examples.MinimalWith("  port: 25\n", "  port: 2525\n");
        var driver = Ups(d => d with { Settings = [.. d.Settings.Select(s => s.Key.Equals(SettingKey.SmtpPort) ? s with { Constraints = new SettingConstraints { Minimum = 1, Maximum = 1024 } } : s)] });

        var finding = Assert.Single(Check(yaml, driver, App));

        Assert.Equal(("PV025", "smtp.port", 8), (finding.Code, finding.Path, finding.Source!.Line));
        Assert.Contains("it accepts 1 to 1024", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MappedDeviceWithoutLoadedMapping_IsLeftToTheMappingDiagnostics()
    {
        var yaml = Examples.MinimalWith("driver: tripplite.poweralert,", "driver: snmp-mapped, mapping: pdu.yaml,");

        Assert.Empty(Check(yaml, Ups(), App));
    }
}
