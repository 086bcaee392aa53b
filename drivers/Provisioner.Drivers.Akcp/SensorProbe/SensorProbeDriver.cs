using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;

namespace Provisioner.Drivers.Akcp;

/// <summary>
/// AKCP sensorProbe / securityProbe with the legacy SPAGENT-MIB e-mail scalars (<c>.3854.1.2.2.1</c>):
/// enable, relay, port, sender, recipient and CC, SMTP authentication. Id <c>akcp.sensorprobe</c>.
/// </summary>
public sealed partial class SensorProbeDriver : SnmpDriver
{
    /// <summary>The driver id the inventory names.</summary>
    public const string Id = "akcp.sensorprobe";

    /// <summary>Creates the driver.</summary>
    /// <param name="client">A shared SNMP client (one socket for every device), or null for one per session.</param>
    public SensorProbeDriver(SnmpClient? client = null)
        : base(
            new DriverDescriptor
            {
                Id = Id,
                Vendor = "AKCP",
                Models = ["sensorProbe2", "sensorProbe8", "securityProbe 5E"],
                FirmwareRange = "SPAGENT-MIB legacy scalars (sensorProbe / securityProbe base firmware)",
                Transports = [DriverTransport.SnmpV1, DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
                Settings = [],
                Recipients = RecipientModel.FixedSlots(2),
                Hints = new InventoryHints("sensor", "environment"),
                Identity = SnmpIdentityRule.Create(Oids.LegacyProduct, "^(SensorProbe|securityProbe)"),
                Description = "AKCP sensorProbe/securityProbe (legacy): enable, relay, port, from, To + CC, SMTP AUTH over SNMP.",
            },
            SensorProbeSettings.Create(),
            SysDescrPattern(),
            client)
    {
    }

    [GeneratedRegex("^(?<model>SensorProbe\\w*|securityProbe(?: \\w+)?)(?: (?<firmware>\\S+))?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SysDescrPattern();
}
