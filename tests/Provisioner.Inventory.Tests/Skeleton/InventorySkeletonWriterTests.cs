using Provisioner.Inventory.Policy;
using Provisioner.Inventory.Skeleton;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Skeleton;

public sealed class InventorySkeletonWriterTests
{
    private static readonly SkeletonOptions Options = new()
    {
        SiteId = "lab",
        Ranges = ["127.0.0.0/29"],
        Port = 1161,
        CredentialsName = "discovered-snmp",
        CredentialsYaml = "snmp: { version: 2c, community: env:LAB_COMMUNITY }",
    };

    private static readonly SkeletonDevice[] Devices =
    [
        new("127.0.0.1") { SuggestedName = "ups 01", DriverId = "tripplite.poweralert", Kind = "ups", Category = "power", Evidence = "sysObjectID 1.3.6.1.4.1.850.1, sysDescr \"PowerAlert\"" },
        new("127.0.0.2") { SuggestedName = "ups 01", DriverId = "tripplite.poweralert", Kind = "ups", Category = "power" },
        new("127.0.0.3") { Evidence = "sysObjectID 1.3.6.1.4.1.8072.3.2.10", Note = "no driver recognises it\nsecond line" },
    ];

    [Fact]
    public void Write_KnownAndUnknownDevices_FillsHintsAndMarksTheRest()
    {
        var yaml = InventorySkeletonWriter.Write(Devices, Options);

        Assert.Contains("- name: ups-01\n        kind: ups\n        category: power\n        driver: tripplite.poweralert\n        address: 127.0.0.1\n        port: 1161\n", yaml, StringComparison.Ordinal);
        Assert.Contains("- name: ups-01-2\n", yaml, StringComparison.Ordinal);
        Assert.Contains("- name: lab-127-0-0-3\n", yaml, StringComparison.Ordinal);
        Assert.Contains($"kind: {InventorySkeletonWriter.Marker}", yaml, StringComparison.Ordinal);
        Assert.Contains("# 127.0.0.3: sysObjectID 1.3.6.1.4.1.8072.3.2.10; no driver recognises it second line\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  power: [alerts-power, alerts-critical]\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Skeleton_LoadsOnlyOnceTheMarkersAreFilled()
    {
        var yaml = InventorySkeletonWriter.Write(Devices, Options);
        Assert.NotEmpty(Errors(yaml));

        var filled = yaml
            .Replace($"kind: {InventorySkeletonWriter.Marker}", "kind: nas", StringComparison.Ordinal)
            .Replace($"category: {InventorySkeletonWriter.Marker}", "category: storage", StringComparison.Ordinal)
            .Replace($"driver: {InventorySkeletonWriter.Marker}", "driver: ssh.generic", StringComparison.Ordinal)
            .Replace($"name: {InventorySkeletonWriter.Marker}", "name: Lab", StringComparison.Ordinal)
            .Replace($"domain: {InventorySkeletonWriter.Marker}", "domain: contoso.com", StringComparison.Ordinal)
            .Replace($"shared_mailbox: {InventorySkeletonWriter.Marker}", "shared_mailbox: administrator@contoso.com", StringComparison.Ordinal)
            .Replace($"address: {InventorySkeletonWriter.Marker}", "address: 10.6.0.25", StringComparison.Ordinal)
            .Replace($"members: [{InventorySkeletonWriter.Marker}]", "members: [administrator@contoso.com]", StringComparison.Ordinal)
            .Replace($"external: [{InventorySkeletonWriter.Marker}]", "external: [5555550100@sms.example.net]", StringComparison.Ordinal)
            .Replace("categories:\n", "categories:\n  storage: [alerts, alerts-critical]\n", StringComparison.Ordinal);

        Assert.DoesNotContain(InventorySkeletonWriter.Marker + " ", filled.Split('#')[0], StringComparison.Ordinal);
        Assert.Empty(Errors(filled));
    }

    [Fact]
    public void Write_SiteOnly_WritesNoOrganisationAndSaysWhatToAdd()
    {
        var yaml = InventorySkeletonWriter.Write(Devices, Options with { SiteOnly = true, CredentialsYaml = null, CredentialsName = "snmp-main" });

        Assert.DoesNotContain("organisation:", yaml, StringComparison.Ordinal);
        Assert.Contains("also add 127.0.0.0/29 to relay.allowed_ranges, and make sure categories: routes power", yaml, StringComparison.Ordinal);
        Assert.Contains("    credentials: snmp-main\n", yaml, StringComparison.Ordinal);
    }

    private static List<string> Errors(string yaml)
    {
        var loaded = Examples.LoadText(yaml);
        var diagnostics = loaded.Diagnostics.ToList();
        if (loaded.Inventory is { } model)
        {
            diagnostics.AddRange(GuidelinePolicy.Evaluate(model));
        }

        return [.. diagnostics.Where(d => d.Severity == Abstractions.DiagnosticSeverity.Error).Select(d => d.ToString())];
    }
}
