using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>The static description of the <c>netapp.ontap</c> driver.</summary>
public static class OntapDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "netapp.ontap";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "NetApp",
        Models = ["ONTAP 9.6+ (AFF, FAS, ASA, ONTAP Select, Cloud Volumes ONTAP)"],
        FirmwareRange = "ONTAP 9.6 and later (REST /api/support/ems, /api/support/ems/destinations, /api/support/ems/filters)",
        Transports = [DriverTransport.Https],
        DefaultPort = 443,
        Recipients = RecipientModel.List(),
        Sender = SenderModel.FullAddress,
        Hints = new InventoryHints("san", "storage"),
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = new IdentityRule { VendorPattern = "^NetApp$", FirmwarePattern = "^NetApp Release 9\\." },
        Description = "NetApp ONTAP 9.6+ EMS mail over REST: mail_from and mail_server, one e-mail destination per recipient bound to a filter for the minimum severity.",
        Settings = OntapSettings.All,
    };
}
