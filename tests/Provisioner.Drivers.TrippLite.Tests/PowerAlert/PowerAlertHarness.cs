using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Lab.Devices.TrippLite;
using Provisioner.Snmp.Agent;
using Provisioner.Testing.Simulators.Snmp;

namespace Provisioner.Drivers.TrippLite.Tests;

/// <summary>A lab PowerAlert with old contact rows; the inventory wants two distribution groups (relay and sender are manual).</summary>
/// <param name="version">SNMPv2c or SNMPv3.</param>
/// <param name="twenty">True for PowerAlert 20 (TRIPPLITE-PRODUCTS), false for PowerAlert 12.</param>
public abstract class PowerAlertHarness(SnmpVersion version, bool twenty) : SnmpDriverHarness(version)
{
    /// <summary>What the inventory wants.</summary>
    public static NotificationSettings Desired { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        FromAddress = "ups-ny-03@contoso.com",
        Recipients = [new Recipient("alerts-newyork-power@contoso.com"), new Recipient("alerts-critical@contoso.com")],
    };

    /// <summary>The lab model now served (replaced at every reset).</summary>
    public PowerAlertLabModel? Model { get; private set; }

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpRecipients, new RecipientsValue([new Recipient("someone@contoso.com")]));

    /// <inheritdoc/>
    public override SettingKey FaultKey => SettingKey.SmtpRecipients;

    /// <inheritdoc/>
    protected override string DeviceName => "ups-ny-03";

    /// <inheritdoc/>
    protected override SnmpDriver CreateDriver() => twenty ? new PowerAlertDriver() : new PowerAlert12Driver();

    /// <inheritdoc/>
    protected override MibStore CreateInitialStore()
    {
        Model = twenty ? PowerAlertLabModel.CreatePowerAlert20(DeviceName) : PowerAlertLabModel.CreatePowerAlert12(DeviceName);
        return Model.Store;
    }

    /// <inheritdoc/>
    protected override NotificationSettings CreateDesiredSettings() => Desired;
}

/// <summary>PowerAlert 12 over SNMPv2c.</summary>
public sealed class PowerAlert12V2cHarness() : PowerAlertHarness(SnmpVersion.V2c, twenty: false);

/// <summary>PowerAlert 12 over SNMPv3 authPriv.</summary>
public sealed class PowerAlert12V3Harness() : PowerAlertHarness(SnmpVersion.V3, twenty: false);

/// <summary>PowerAlert 20 over SNMPv2c.</summary>
public sealed class PowerAlert20V2cHarness() : PowerAlertHarness(SnmpVersion.V2c, twenty: true);

/// <summary>PowerAlert 20 over SNMPv3 authPriv.</summary>
public sealed class PowerAlert20V3Harness() : PowerAlertHarness(SnmpVersion.V3, twenty: true);
