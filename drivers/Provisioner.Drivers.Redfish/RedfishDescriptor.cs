using Provisioner.Abstractions;

namespace Provisioner.Drivers.Redfish;

/// <summary>The static description of the generic <c>redfish</c> driver.</summary>
public static class RedfishDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "redfish";

    /// <summary>The identity detail holding the service root's <c>RedfishVersion</c>.</summary>
    public const string VersionDetail = "redfish.version";

    /// <summary>The identity detail holding the event service's <c>@odata.type</c>.</summary>
    public const string EventServiceTypeDetail = "redfish.eventservice.type";

    /// <summary>The identity detail holding the service root's <c>Product</c>.</summary>
    public const string ProductDetail = "redfish.product";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "DMTF Redfish",
        Models = ["any Redfish service with EventService.SMTP"],
        FirmwareRange = "Redfish 2019.3+ (EventService v1_5_0 SMTP, EventDestination v1_7_0 SMTP); Severities with 2022.3 (v1_9_0 / v1_13_0)",
        Transports = [DriverTransport.Https],
        DefaultPort = 443,
        Recipients = RecipientModel.List(maxItems: null, perRecipientSeverity: true),
        Sender = SenderModel.FullAddress,
        Hints = new InventoryHints("bmc", "systems"),
        MaxParallelSessions = null, // every BMC is its own web server and the engine holds one session per device: no fleet-wide cap
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = new IdentityRule
        {
            Details = [new IdentityDetailRule(VersionDetail, @"^\d+\.\d+\.\d+$", "a Redfish service root's RedfishVersion (any Redfish service)", 1)],
        },
        Description = "Any DMTF Redfish service: EventService.SMTP and SMTP event subscriptions over HTTPS with a Redfish session.",
        Settings = RedfishSettings.All,
    };
}
