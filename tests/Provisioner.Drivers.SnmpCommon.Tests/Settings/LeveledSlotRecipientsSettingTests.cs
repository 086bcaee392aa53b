using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon.Tests;

public sealed class LeveledSlotRecipientsSettingTests
{
    private static readonly Oid[] Addresses = [Oid.Parse("1.3.6.1.4.1.99999.3.1.0"), Oid.Parse("1.3.6.1.4.1.99999.3.2.0")];
    private static readonly Oid[] Levels = [Oid.Parse("1.3.6.1.4.1.99999.4.1.0"), Oid.Parse("1.3.6.1.4.1.99999.4.2.0")];

    private static LeveledSlotRecipientsSetting Setting(int? unused, SnmpTag tag) => new(
        new SettingDescriptor { Key = SettingKey.SmtpRecipients, Description = "two rows of address and level" },
        Addresses,
        Levels,
        new SlotLevelCodec(new Dictionary<AlertSeverity, int> { [AlertSeverity.Warning] = 1, [AlertSeverity.Critical] = 5 }, unused, tag),
        new DisplayStringCodec(64));

    private static SnmpEncoding Encode(LeveledSlotRecipientsSetting setting, params Recipient[] recipients)
    {
        var change = new SettingChange(SettingKey.SmtpRecipients, new RecipientsValue(recipients));
        return setting.Encode(change, new SnmpWriteContext([change], null));
    }

    [Fact]
    public void Encode_NoUnusedLevel_ClearsTheAddressAndLeavesTheLevelOfAnEmptiedSlot()
    {
        var encoding = Encode(Setting(null, SnmpTag.Integer32), new Recipient("a@contoso.com", AlertSeverity.Critical));

        Assert.False(encoding.IsRefused);
        Assert.Equal([Addresses[0], Levels[0], Addresses[1]], encoding.Bindings.Select(b => b.Oid));
        Assert.Equal(OctetString.Empty, encoding.Bindings[2].Value);
        Assert.Equal(["smtp.recipients[0]", "smtp.recipients[0]", "smtp.recipients[1]"], encoding.Paths);
    }

    [Fact]
    public void Encode_UnusedLevel_IsWrittenToAnEmptiedSlotInTheLevelsType()
    {
        var encoding = Encode(Setting(4, SnmpTag.Gauge32), new Recipient("a@contoso.com"));

        Assert.Equal([Addresses[0], Levels[0], Addresses[1], Levels[1]], encoding.Bindings.Select(b => b.Oid));
        Assert.Equal(new Gauge32(1), encoding.Bindings[1].Value);
        Assert.Equal(new Gauge32(4), encoding.Bindings[3].Value);
    }

    [Fact]
    public void Encode_LevelTheDeviceLacks_IsRefusedAtTheRecipientsPath()
    {
        var encoding = Encode(Setting(null, SnmpTag.Integer32), new Recipient("a@contoso.com"), new Recipient("b@contoso.com", AlertSeverity.Minor));

        var refusal = Assert.Single(encoding.Refusals);
        Assert.Equal("smtp.recipients[1]", refusal.Path);
        Assert.Equal("snmp.severityNotExpressible", refusal.Code);
    }
}
