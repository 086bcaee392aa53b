using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;

namespace Provisioner.Drivers.TrippLite;

/// <summary>
/// Tripp Lite PowerAlert 12 (TRIPPLITE-12X <c>tlPAEmailContactsTable</c>): recipients as RowStatus rows.
/// Relay, sender and the rest are not in the MIB: manual steps. Id <c>tripplite.poweralert12</c>.
/// </summary>
public sealed class PowerAlert12Driver : SnmpDriver
{
    /// <summary>The driver id the inventory names.</summary>
    public const string Id = "tripplite.poweralert12";

    /// <summary>Creates the driver.</summary>
    /// <param name="client">A shared SNMP client (one socket for every device), or null for one per session.</param>
    public PowerAlert12Driver(SnmpClient? client = null)
        : base(
            new DriverDescriptor
            {
                Id = Id,
                Vendor = "Tripp Lite",
                Models = ["PowerAlert 12 (PowerAlert Network Shutdown Agent / Local)"],
                FirmwareRange = "TRIPPLITE-12X 201702281600Z; walks: POWERALERT 12, PowerAlert v12.04.0055",
                Transports = [DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
                Settings = [],
                Recipients = RecipientModel.List(),
                Hints = new InventoryHints("ups", "power"),
                Identity = SnmpIdentityRule.Create(Oids.Enterprise, "^POWERALERT( v?)12"),
                Description = "Tripp Lite PowerAlert 12: e-mail contacts as RowStatus rows over SNMP; relay and sender by hand.",
            },
            PowerAlertSettings.Create("TRIPPLITE-12X", Oids.PowerAlert12),
            sysDescrPattern: null,
            client)
    {
    }
}
