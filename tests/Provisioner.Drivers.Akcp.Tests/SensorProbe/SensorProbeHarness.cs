using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Lab.Devices.Akcp;
using Provisioner.Snmp.Agent;
using Provisioner.Testing.Simulators.Snmp;

namespace Provisioner.Drivers.Akcp.Tests;

/// <summary>A lab sensorProbe8 at its old configuration; the inventory wants the guideline's settings with SMTP AUTH.</summary>
/// <param name="version">SNMPv2c or SNMPv3.</param>
public abstract class SensorProbeHarness(SnmpVersion version) : SnmpDriverHarness(version)
{
    /// <summary>What the inventory wants.</summary>
    public static NotificationSettings Desired { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        RelayPort = 587,
        FromAddress = "sp-ny-01@contoso.com",
        AuthUser = "sp-ny-01",
        AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
        Recipients = [new Recipient("alerts-newyork-env@contoso.com"), new Recipient("alerts-critical@contoso.com")],
    };

    /// <inheritdoc/>
    protected override string DeviceName => "sp-ny-01";

    /// <inheritdoc/>
    protected override SnmpDriver CreateDriver() => new SensorProbeDriver();

    /// <inheritdoc/>
    protected override MibStore CreateInitialStore() => SensorProbeLabModel.CreateStore(DeviceName);

    /// <inheritdoc/>
    protected override NotificationSettings CreateDesiredSettings() => Desired;
}

/// <summary>The sensorProbe harness over SNMPv2c.</summary>
public sealed class SensorProbeV2cHarness() : SensorProbeHarness(SnmpVersion.V2c);

/// <summary>The sensorProbe harness over SNMPv3 authPriv.</summary>
public sealed class SensorProbeV3Harness() : SensorProbeHarness(SnmpVersion.V3);
