using Provisioner.Inventory.Loading;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Loading;

public sealed class DeviceMappingTests
{
    private const string Ups = "{ name: UPS-01, kind: ups, category: power, driver: tripplite.poweralert, address: 10.20.1.11 }";

    [Fact]
    public void Load_SnmpMappedWithMapping_KeepsTheMappingAndResolvesItsPath()
    {
        var result = Examples.LoadText(Examples.MinimalWith(Ups, "{ name: UPS-01, kind: ups, category: power, driver: snmp-mapped, mapping: mappings/acme-ups.yaml, address: 10.20.1.11 }"));

        Assert.Empty(result.Diagnostics.Errors);
        var device = result.Inventory!.Devices.Single(d => d.Name == "UPS-01");
        Assert.Equal("snmp-mapped", device.DriverId);
        Assert.Equal("mappings/acme-ups.yaml", device.Mapping);
        Assert.True(Path.IsPathFullyQualified(device.MappingFile!));
        Assert.EndsWith(Path.Combine("mappings", "acme-ups.yaml"), device.MappingFile, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SnmpMappedWithoutMapping_IsMissingValue()
    {
        var result = Examples.LoadText(Examples.MinimalWith(Ups, "{ name: UPS-01, kind: ups, category: power, driver: snmp-mapped, address: 10.20.1.11 }"));

        var missing = Assert.Single(result.Diagnostics.Errors);
        Assert.Equal(InventoryDiagnosticCodes.MissingValue, missing.Code);
        Assert.Contains("'mapping'", missing.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MappingWithAnotherDriver_IsInvalid()
    {
        var result = Examples.LoadText(Examples.MinimalWith(Ups, "{ name: UPS-01, kind: ups, category: power, driver: tripplite.poweralert, mapping: x.yaml, address: 10.20.1.11 }"));

        var invalid = Assert.Single(result.Diagnostics.Errors);
        Assert.Equal(InventoryDiagnosticCodes.InvalidValue, invalid.Code);
        Assert.Contains("only for 'driver: snmp-mapped'", invalid.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherDevices_HaveNoMapping()
    {
        var result = Examples.LoadText(Examples.MinimalText);

        Assert.All(result.Inventory!.Devices, d => Assert.Null(d.MappingFile));
    }
}
