using Provisioner.Abstractions;

namespace Provisioner.Drivers.Raritan;

/// <summary>The static description of the <c>raritan.px</c> driver.</summary>
public static class PxDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "raritan.px";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "Raritan",
        Models = ["PX2", "PX3", "PX4"],
        FirmwareRange = "JSON-RPC interfaces devsettings.Smtp 2.0.0, event.Engine 1.0.1, pdumodel.Pdu 4.1.6 (SDK 3.6.0)",
        Transports = [DriverTransport.Https],
        DefaultPort = 443,
        Recipients = RecipientModel.List(),
        Sender = SenderModel.FullAddress,
        Hints = new InventoryHints("pdu", "power"),
        MaxParallelSessions = null,
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = new IdentityRule { VendorPattern = "^Raritan", ModelPattern = PxAssumptions.ModelPattern },
        Description = "Raritan PX2/PX3/PX4 PDUs over JSON-RPC: /smtp server settings, one SendSmtpMessage event action per recipient.",
        Settings = PxSettings.All,
    };
}
