using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.TrippLite;

/// <summary>
/// Tripp Lite PowerAlert 15+/20 (SNMPWEBCARD, LX platform; TRIPPLITE-PRODUCTS
/// <c>tlpAgentEmailContactTable</c>): recipients as RowStatus rows and a test mail per contact through
/// <c>tlpAgentEmailContactTest</c>. Relay and sender are not in the MIB: manual steps. Id <c>tripplite.poweralert</c>.
/// </summary>
public sealed class PowerAlertDriver : SnmpDriver
{
    /// <summary>The driver id the inventory names.</summary>
    public const string Id = "tripplite.poweralert";

    /// <summary>Creates the driver.</summary>
    /// <param name="client">A shared SNMP client (one socket for every device), or null for one per session.</param>
    public PowerAlertDriver(SnmpClient? client = null)
        : base(
            new DriverDescriptor
            {
                Id = Id,
                Vendor = "Tripp Lite",
                Models = ["PowerAlert 15+/20 (SNMPWEBCARD, LX platform)"],
                FirmwareRange = "TRIPPLITE-PRODUCTS 202105120000Z; walk: PowerAlert 20.2.1 (Build 942)",
                Transports = [DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
                Settings = [],
                Recipients = RecipientModel.List(),
                Capabilities = DriverCapabilities.TestMessage,
                Hints = new InventoryHints("ups", "power"),
                Identity = SnmpIdentityRule.Create(Oids.Enterprise, "PowerAlert (1[5-9]|[2-9][0-9])\\."),
                Description = "Tripp Lite PowerAlert 15+/20: e-mail contacts as RowStatus rows and test mail over SNMP; relay and sender by hand.",
            },
            PowerAlertSettings.Create("TRIPPLITE-PRODUCTS", Oids.PowerAlert),
            sysDescrPattern: null,
            client)
    {
    }

    /// <inheritdoc/>
    protected override SnmpDriverSession CreateSession(SnmpChannel channel, SessionMode mode) =>
        new PowerAlertSession(this, channel, mode);
}
