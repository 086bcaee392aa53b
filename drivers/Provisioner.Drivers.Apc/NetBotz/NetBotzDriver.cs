using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Client;

namespace Provisioner.Drivers.Apc;

/// <summary>
/// Legacy APC NetBotz appliances (WallBotz 300, RackBotz 300) with the NETBOTZ-MIB SMTP scalars
/// (<c>.5528.50</c>): relay (with backup relay), port, and comma-separated primary/secondary recipient
/// lists. Sender, enable and severity are not in the MIB: manual steps. Id <c>apc.netbotz</c>.
/// </summary>
public sealed class NetBotzDriver : SnmpDriver
{
    /// <summary>The driver id the inventory names.</summary>
    public const string Id = "apc.netbotz";

    /// <summary>Creates the driver.</summary>
    /// <param name="client">A shared SNMP client (one socket for every device), or null for one per session.</param>
    public NetBotzDriver(SnmpClient? client = null)
        : base(
            new DriverDescriptor
            {
                Id = Id,
                Vendor = "APC",
                Models = ["WallBotz 300", "RackBotz 300"],
                FirmwareRange = "NETBOTZ-MIB legacy appliances (not NetBotz 4xx/7xx, sysObjectID .5528.100.20.10.*)",
                Transports = [DriverTransport.SnmpV1, DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
                Settings = [],
                Recipients = RecipientModel.List(),
                Hints = new InventoryHints("sensor", "environment"),
                Identity = SnmpIdentityRule.Create(Oids.Products),
                Description = "APC NetBotz legacy: relay (+ backup relay), port, comma-separated recipient lists over SNMP; sender, enable, severity by hand.",
            },
            NetBotzSettings.Create(),
            sysDescrPattern: null,
            client)
    {
    }
}
