using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>The static description of the <c>apc.nmc</c> driver.</summary>
public static class NmcDescriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "apc.nmc";

    /// <summary>
    /// The manual step for a test mail: no CLI command is known (reference §7, addendum §2), so the driver has no
    /// test-message capability and a person presses the web UI's button.
    /// </summary>
    public static string TestMailManualStep => $"Send a test e-mail to each recipient from {NmcAssumptions.TestMailLocation}.";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "APC by Schneider Electric",
        Models = ["AP9630", "AP9631", "AP9635", "AP9640", "AP9641", "AP9643"],
        FirmwareRange = "NMC2 AOS 6.x–7.x, NMC3 AOS 1.4.2.1+ (smtp -e tested by the reference's module on AP9641 AOS 2.2.1.1)",
        Transports = [DriverTransport.Ssh],
        DefaultPort = 22,
        Recipients = RecipientModel.FixedSlots(NmcCommands.Slots),
        Sender = SenderModel.FullAddress,
        Hints = new InventoryHints("ups", "power"),
        // The card serves few SSH sessions (one with `session -m disable`); one connection per device anyway.
        MaxParallelSessions = null,
        Capabilities = DriverCapabilities.Snapshot,
        Identity = new IdentityRule { VendorPattern = "^(Schneider Electric|American Power Conversion|APC)", ModelPattern = "^Network Management Card" },
        Description = "APC/Schneider Network Management Card 2/3 (UPS, PDU) over its SSH command line: smtp and email (recipients 1-4). No CLI test mail: " + TestMailManualStep,
        Settings = NmcSettings.All,
    };
}
