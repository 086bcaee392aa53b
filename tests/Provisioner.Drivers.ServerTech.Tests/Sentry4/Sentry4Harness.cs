using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Lab.Devices.ServerTech;
using Provisioner.Snmp.Agent;
using Provisioner.Testing.Simulators.Snmp;

namespace Provisioner.Drivers.ServerTech.Tests;

/// <summary>A lab Sentry4 whose outlet events send traps only; the inventory wants e-mail on (and the rest, by hand).</summary>
/// <param name="version">SNMPv2c or SNMPv3.</param>
public abstract class Sentry4Harness(SnmpVersion version) : SnmpDriverHarness(version)
{
    /// <summary>What the inventory wants.</summary>
    public static NotificationSettings Desired { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        FromAddress = "pdu-ny-04@contoso.com",
        Recipients = [new Recipient("alerts-newyork-power@contoso.com")],
    };

    /// <inheritdoc/>
    public override SettingChange Drift { get; } = new(SettingKey.SmtpEnabled, new BooleanValue(false));

    /// <inheritdoc/>
    public override SettingKey FaultKey => SettingKey.SmtpEnabled;

    /// <inheritdoc/>
    protected override string DeviceName => "pdu-ny-04";

    /// <inheritdoc/>
    protected override SnmpDriver CreateDriver() => new Sentry4Driver();

    /// <inheritdoc/>
    protected override MibStore CreateInitialStore() => Sentry4LabModel.CreateStore(DeviceName);

    /// <inheritdoc/>
    protected override NotificationSettings CreateDesiredSettings() => Desired;
}

/// <summary>Over SNMPv2c.</summary>
public sealed class Sentry4V2cHarness() : Sentry4Harness(SnmpVersion.V2c);

/// <summary>Over SNMPv3 authPriv.</summary>
public sealed class Sentry4V3Harness() : Sentry4Harness(SnmpVersion.V3);
