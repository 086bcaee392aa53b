using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Lab.Devices.Pulizzi;
using Provisioner.Snmp.Agent;
using Provisioner.Testing.Simulators.Snmp;

namespace Provisioner.Drivers.Pulizzi.Tests;

/// <summary>A lab IPV3600 with an old relay and one alert recipient; the inventory wants the relay and two groups.</summary>
/// <param name="version">SNMPv2c or SNMPv3.</param>
public abstract class SwitchedEpduHarness(SnmpVersion version) : SnmpDriverHarness(version)
{
    /// <summary>What the inventory wants.</summary>
    public static NotificationSettings Desired { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        FromAddress = "pdu-ny-01@contoso.com",
        Recipients = [new Recipient("alerts-newyork-power@contoso.com"), new Recipient("alerts-critical@contoso.com")],
    };

    /// <inheritdoc/>
    protected override string DeviceName => "pdu-ny-01";

    /// <inheritdoc/>
    protected override SnmpDriver CreateDriver() => new SwitchedEpduDriver();

    /// <inheritdoc/>
    protected override MibStore CreateInitialStore() => SwitchedEpduLabModel.CreateStore(DeviceName);

    /// <inheritdoc/>
    protected override NotificationSettings CreateDesiredSettings() => Desired;
}

/// <summary>Over SNMPv2c.</summary>
public sealed class SwitchedEpduV2cHarness() : SwitchedEpduHarness(SnmpVersion.V2c);

/// <summary>Over SNMPv3 authPriv.</summary>
public sealed class SwitchedEpduV3Harness() : SwitchedEpduHarness(SnmpVersion.V3);
