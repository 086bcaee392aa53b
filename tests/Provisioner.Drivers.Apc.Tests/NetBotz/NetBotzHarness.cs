using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Lab.Devices.Apc;
using Provisioner.Snmp.Agent;
using Provisioner.Testing.Simulators.Snmp;

namespace Provisioner.Drivers.Apc.Tests;

/// <summary>A lab WallBotz 300 with an old relay, a backup relay and two lists; the inventory wants one relay and two groups.</summary>
/// <param name="version">SNMPv2c or SNMPv3.</param>
public abstract class NetBotzHarness(SnmpVersion version) : SnmpDriverHarness(version)
{
    /// <summary>What the inventory wants.</summary>
    public static NotificationSettings Desired { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        FromAddress = "nbz-ny-01@contoso.com",
        Recipients = [new Recipient("alerts-newyork-env@contoso.com"), new Recipient("alerts-critical@contoso.com")],
    };

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpPort, new IntegerValue(2525));

    /// <inheritdoc/>
    protected override string DeviceName => "nbz-ny-01";

    /// <inheritdoc/>
    protected override SnmpDriver CreateDriver() => new NetBotzDriver();

    /// <inheritdoc/>
    protected override MibStore CreateInitialStore() => NetBotzLabModel.CreateStore(DeviceName);

    /// <inheritdoc/>
    protected override NotificationSettings CreateDesiredSettings() => Desired;
}

/// <summary>The NetBotz harness over SNMPv2c.</summary>
public sealed class NetBotzV2cHarness() : NetBotzHarness(SnmpVersion.V2c);

/// <summary>The NetBotz harness over SNMPv3 authPriv.</summary>
public sealed class NetBotzV3Harness() : NetBotzHarness(SnmpVersion.V3);
