using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Lab.Devices.Akcp;
using Provisioner.Snmp.Agent;
using Provisioner.Testing.Simulators.Snmp;

namespace Provisioner.Drivers.Akcp.Tests;

/// <summary>A lab SPX+ with e-mail off; the inventory wants STARTTLS with SMTP AUTH and no recipients managed here.</summary>
/// <param name="version">SNMPv2c or SNMPv3.</param>
public abstract class SpPlusHarness(SnmpVersion version) : SnmpDriverHarness(version)
{
    /// <summary>What the inventory wants; recipients empty (set by hand on this model).</summary>
    public static NotificationSettings Desired { get; } = new()
    {
        RelayAddress = "10.6.0.25",
        RelayPort = 587,
        Security = SmtpSecurity.StartTls,
        FromAddress = "spx-ny-01@contoso.com",
        AuthUser = "spx-ny-01",
        AuthPassword = new SecretReference(SecretScheme.Environment, "SMTP_PW"),
    };

    /// <inheritdoc/>
    protected override string DeviceName => "spx-ny-01";

    /// <inheritdoc/>
    protected override SnmpDriver CreateDriver() => new SpPlusDriver();

    /// <inheritdoc/>
    protected override MibStore CreateInitialStore() => SpPlusLabModel.CreateStore(DeviceName);

    /// <inheritdoc/>
    protected override NotificationSettings CreateDesiredSettings() => Desired;
}

/// <summary>The SP+ harness over SNMPv2c.</summary>
public sealed class SpPlusV2cHarness() : SpPlusHarness(SnmpVersion.V2c);

/// <summary>The SP+ harness over SNMPv3 authPriv.</summary>
public sealed class SpPlusV3Harness() : SpPlusHarness(SnmpVersion.V3);
