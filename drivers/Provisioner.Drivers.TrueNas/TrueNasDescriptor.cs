using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas;

/// <summary>The static description of the <c>truenas</c> driver.</summary>
public static class TrueNasDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "truenas";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "iXsystems",
        Models = ["TrueNAS SCALE", "TrueNAS CORE"],
        FirmwareRange = "REST /api/v2.0 (CORE 13, SCALE up to 25.10, both alert-service shapes); JSON-RPC 2.0 WebSocket /api/current (26.04+)",
        Transports = [DriverTransport.Https],
        DefaultPort = 443,
        Recipients = RecipientModel.List(perRecipientSeverity: true),
        Sender = SenderModel.FullAddress,
        Hints = new InventoryHints("nas", "storage"),
        MaxParallelSessions = null,
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = new IdentityRule { VendorPattern = "^iXsystems", ModelPattern = "^TrueNAS" },
        Description = "TrueNAS SCALE/CORE over REST v2.0 or the 26.04 WebSocket JSON-RPC API: mail settings, one Mail alert service per recipient with its level.",
        Settings = TrueNasSettings.All,
    };
}
