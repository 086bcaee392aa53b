using Provisioner.Abstractions;

namespace Provisioner.Inventory.Tests.Model;

public sealed class InventoryNamesTests
{
    [Fact]
    public void Of_EverySeverity_RoundTripsThroughItsWord()
    {
        foreach (var severity in Enum.GetValues<AlertSeverity>())
        {
            Assert.Equal(severity, InventoryNames.Severities[InventoryNames.Of(severity)]);
        }
    }

    [Fact]
    public void Of_EveryKindCategoryAndSecurity_HasAWord()
    {
        Assert.All(Enum.GetValues<DeviceKind>(), k => Assert.Equal(k, InventoryNames.Kinds[InventoryNames.Of(k)]));
        Assert.All(Enum.GetValues<DeviceCategory>(), c => Assert.Equal(c, InventoryNames.Categories[InventoryNames.Of(c)]));
        Assert.All(Enum.GetValues<SmtpSecurity>(), s => Assert.Equal(s, InventoryNames.Securities[InventoryNames.Of(s)]));
    }

    [Fact]
    public void Kinds_ListWordsInFormatOrder() =>
        Assert.Equal(["ups", "pdu", "sensor", "san", "nas", "bmc", "application", "dc-power"], InventoryNames.Kinds.Keys);

    [Fact]
    public void PrivProtocols_AesIsAes128() =>
        Assert.Equal(SnmpPrivProtocol.Aes128, InventoryNames.PrivProtocols["aes"]);
}
