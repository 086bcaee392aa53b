using Provisioner.Abstractions;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>The static description of the <c>dell.idrac9</c> driver.</summary>
public static class IdracDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "dell.idrac9";

    /// <summary>The identity detail holding the Redfish manager id, <c>iDRAC.Embedded.1</c> on every iDRAC.</summary>
    public const string ManagerIdKey = "redfish.managerId";

    /// <summary>Where the per-event alert actions are set in the iDRAC web UI.</summary>
    public const string AlertConfigurationPath = "iDRAC web UI › Configuration › System Settings › Alert Configuration";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "Dell",
        Models = ["iDRAC 9"],
        FirmwareRange = "iDRAC 9 3.x–7.x (lab: 5.10.00.00, as the public capture)",
        Transports = [DriverTransport.Https],
        DefaultPort = 443,
        Recipients = RecipientModel.FixedSlots(Endpoints.AlertSlots),
        Sender = new SenderModel(SenderModelKind.FullAddress, null),
        Hints = new InventoryHints("bmc", "systems"),
        MaxParallelSessions = null, // every BMC is its own web server and the engine holds one session per device: no fleet-wide cap
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = new IdentityRule
        {
            VendorPattern = "^Dell",
            ModelPattern = Assumptions.ModelPattern,
            FirmwarePattern = @"^[3-7]\.\d+",
            Details = [new IdentityDetailRule(ManagerIdKey, @"^iDRAC\.Embedded\.1$", "to be iDRAC.Embedded.1", 20)],
        },
        Description = "Dell iDRAC 9 over Redfish: the DellAttributes of iDRAC.Embedded.1 (RemoteHosts.1.*, EmailAlert.1..4, IPMILan.1.AlertEnable).",
        Settings = IdracSettings.All,
    };
}
