using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;

namespace Provisioner.Drivers.Pulizzi;

/// <summary>
/// Eaton (Pulizzi) monitored ePDUs, EATON-EPDU-PU-MI-MIB <c>networkSettings</c> (<c>.20677.3.1.1.2</c>):
/// IPv4 relay and one fixed alert recipient slot; no sender object. Id <c>eaton.pulizzi-monitored</c>.
/// </summary>
public sealed class MonitoredEpduDriver : SnmpDriver
{
    /// <summary>The driver id the inventory names.</summary>
    public const string Id = "eaton.pulizzi-monitored";

    /// <summary>Creates the driver.</summary>
    /// <param name="client">A shared SNMP client (one socket for every device), or null for one per session.</param>
    public MonitoredEpduDriver(SnmpClient? client = null)
        : base(
            new DriverDescriptor
            {
                Id = Id,
                Vendor = "Eaton",
                Models = ["Pulizzi monitored ePDU"],
                FirmwareRange = "EATON-EPDU-PU-MI-MIB 201002031200Z",
                Transports = [DriverTransport.SnmpV1, DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
                Settings = [],
                Recipients = RecipientModel.FixedSlots(1),
                Hints = new InventoryHints("pdu", "power"),
                Identity = SnmpIdentityRule.Create(Oids.MonitoredRoot),
                Description = "Eaton/Pulizzi monitored ePDU: IPv4 relay and 1 alert recipient over SNMP; sender by hand.",
            },
            MonitoredSettings.Create(),
            sysDescrPattern: null,
            client)
    {
    }
}
