using Provisioner.Abstractions;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Redfish.Tests;

public sealed class RedfishDescriptorTests
{
    [Fact]
    public void DescriptorRules_FindNothing_TheProtocolNameIsAValidIdForAVendorNeutralDriver() =>
        Assert.Empty(DescriptorRules.Check(RedfishDescriptor.Value));

    [Fact]
    public void DescriptorRules_RefuseAnUpperCaseOrSpacedId() =>
        Assert.Contains(DescriptorRules.Check(RedfishDescriptor.Value with { Id = "Red fish" }), p => p.StartsWith("Id 'Red fish'", StringComparison.Ordinal));

    [Fact]
    public void MinimumSeverity_IsAManualStep_VisibleToLintAndPlan()
    {
        var setting = RedfishDescriptor.Value.Find(SettingKey.AlertsMinimumSeverity)!;

        Assert.Equal(SettingAccess.ReadOnly, setting.Access);
        Assert.NotNull(setting.ManualStep);
        Assert.Equal(["informational", "warning", "critical"], setting.Constraints.AllowedValues);
    }

    [Fact]
    public void Descriptor_HttpsOn443_BmcInSystems_ObjectSetRecipientsWithLevels()
    {
        var d = RedfishDescriptor.Value;

        Assert.Equal((DriverTransport.Https, 443, "bmc", "systems"), (Assert.Single(d.Transports), d.DefaultPort, d.Hints!.Kind, d.Hints.Category));
        Assert.Equal(new RecipientModel(RecipientModelKind.List, null, true), d.Recipients);
        Assert.Equal([SettingKey.SmtpAuthPassword], d.WriteOnlySettings);
    }
}
