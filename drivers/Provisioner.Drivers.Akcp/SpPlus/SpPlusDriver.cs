using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;

namespace Provisioner.Drivers.Akcp;

/// <summary>
/// AKCP SP+ units (SP2+, SPX+) with the SPAGENT-MIB <c>plusSeries</c> config scalars (<c>.3854.3.2.1</c>):
/// enable, relay, port, TLS mode, sender, SMTP AUTH user and write-only password. The MIB has no
/// recipient object: recipients are reported as not supported with the manual step. Id <c>akcp.spplus</c>.
/// </summary>
public sealed partial class SpPlusDriver : SnmpDriver
{
    /// <summary>The driver id the inventory names.</summary>
    public const string Id = "akcp.spplus";

    /// <summary>Creates the driver.</summary>
    /// <param name="client">A shared SNMP client (one socket for every device), or null for one per session.</param>
    public SpPlusDriver(SnmpClient? client = null)
        : base(
            new DriverDescriptor
            {
                Id = Id,
                Vendor = "AKCP",
                Models = ["SP2+", "SPX+"],
                FirmwareRange = "SP+ 1.0.40xx (walks: SPX+ 1.0.4034, SP2+ 1.0.4080)",
                Transports = [DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
                Settings = [],
                Recipients = RecipientModel.List(),
                Hints = new InventoryHints("sensor", "environment"),
                Identity = SnmpIdentityRule.Create(Oids.Enterprise, "^SP[X2]?\\+"),
                Description = "AKCP SP+ (SP2+, SPX+): enable, relay, port, TLS, from, SMTP AUTH over SNMP; recipients by hand.",
            },
            SpPlusSettings.Create(),
            SysDescrPattern(),
            client)
    {
    }

    [GeneratedRegex("^(?<model>SP[X2]?\\+) (?<firmware>[0-9.]+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SysDescrPattern();
}
