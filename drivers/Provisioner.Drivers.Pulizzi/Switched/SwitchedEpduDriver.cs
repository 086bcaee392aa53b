using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;

namespace Provisioner.Drivers.Pulizzi;

/// <summary>
/// Eaton (Pulizzi) IPV3600 switched ePDUs, EATON-EPDU-PU-SW-MIB <c>logManagerConfig</c> (<c>.20677.2.3</c>):
/// IPv4 relay, sender, two fixed alert recipient slots. Id <c>eaton.pulizzi-switched</c>.
/// </summary>
public sealed class SwitchedEpduDriver : SnmpDriver
{
    /// <summary>The driver id the inventory names.</summary>
    public const string Id = "eaton.pulizzi-switched";

    /// <summary>Creates the driver.</summary>
    /// <param name="client">A shared SNMP client (one socket for every device), or null for one per session.</param>
    public SwitchedEpduDriver(SnmpClient? client = null)
        : base(
            new DriverDescriptor
            {
                Id = Id,
                Vendor = "Eaton",
                Models = ["IPV3600 (Pulizzi switched ePDU)"],
                FirmwareRange = "EATON-EPDU-PU-SW-MIB 200910161200Z",
                Transports = [DriverTransport.SnmpV1, DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
                Settings = [],
                Recipients = RecipientModel.FixedSlots(2),
                Hints = new InventoryHints("pdu", "power"),
                Identity = SnmpIdentityRule.Create(Oids.SwitchedRoot),
                Description = "Eaton/Pulizzi switched ePDU: IPv4 relay, from, 2 alert recipient slots over SNMP.",
            },
            SwitchedSettings.Create(),
            sysDescrPattern: null,
            client)
    {
    }
}
