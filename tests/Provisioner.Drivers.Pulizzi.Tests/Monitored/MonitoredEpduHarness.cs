using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Lab.Devices.Pulizzi;
using Provisioner.Snmp.Agent;
using Provisioner.Testing.Simulators.Snmp;

namespace Provisioner.Drivers.Pulizzi.Tests;

/// <summary>A lab monitored ePDU with an old relay and recipient; the inventory wants the relay and one group.</summary>
/// <param name="version">SNMPv2c or SNMPv3.</param>
public abstract class MonitoredEpduHarness(SnmpVersion version) : SnmpDriverHarness(version)
{
    /// <summary>What the inventory wants.</summary>
    public static NotificationSettings Desired { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        FromAddress = "pdu-ny-02@contoso.com",
        Recipients = [new Recipient("alerts-newyork-power@contoso.com")],
    };

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpRelay, new TextValue("10.6.0.99"));

    /// <inheritdoc/>
    public override SettingKey FaultKey => SettingKey.SmtpRecipients;

    /// <inheritdoc/>
    protected override string DeviceName => "pdu-ny-02";

    /// <inheritdoc/>
    protected override SnmpDriver CreateDriver() => new MonitoredEpduDriver();

    /// <inheritdoc/>
    protected override MibStore CreateInitialStore() => MonitoredEpduLabModel.CreateStore(DeviceName);

    /// <inheritdoc/>
    protected override NotificationSettings CreateDesiredSettings() => Desired;
}

/// <summary>Over SNMPv2c.</summary>
public sealed class MonitoredEpduV2cHarness() : MonitoredEpduHarness(SnmpVersion.V2c);

/// <summary>Over SNMPv3 authPriv.</summary>
public sealed class MonitoredEpduV3Harness() : MonitoredEpduHarness(SnmpVersion.V3);
