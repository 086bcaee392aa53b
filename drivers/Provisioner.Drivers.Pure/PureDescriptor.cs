using Provisioner.Abstractions;

namespace Provisioner.Drivers.Pure;

/// <summary>The static description of the <c>pure.flasharray</c> driver.</summary>
public static class PureDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "pure.flasharray";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "Pure Storage",
        Models = ["FlashArray//X", "FlashArray//C", "FlashArray//XL", "FlashArray//E"],
        FirmwareRange = "Purity//FA with REST 2.4 to 2.x (sender local part and STARTTLS from REST 2.33)",
        Transports = [DriverTransport.Https],
        DefaultPort = 443,
        Recipients = RecipientModel.List(),
        Sender = new SenderModel(SenderModelKind.LocalPartAndDomain, null),
        Hints = new InventoryHints("san", "storage"),
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = new IdentityRule { VendorPattern = "^Pure Storage$", ModelPattern = "^FA-" },
        Description = "Pure Storage FlashArray over REST 2.x: smtp-servers (relay, sender local part and domain, user, password, STARTTLS) and one alert watcher per recipient.",
        Settings = PureSettings.All,
    };
}
