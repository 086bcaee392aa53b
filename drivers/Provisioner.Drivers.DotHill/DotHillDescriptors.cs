using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>What <c>hpe.msa</c> and <c>dell.me</c> share: the same controller CLI, settings, recipient and sender model.</summary>
internal static class DotHillDescriptors
{
    /// <summary>The manual step when a test mail cannot be sent from the CLI.</summary>
    public static string TestMailHint => $"the CLI's {DotHillAssumptions.TestEmail}, or {DotHillAssumptions.WebLocation} > Send Test Email";

    /// <summary>Builds a family member's descriptor.</summary>
    /// <param name="id">The driver id.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="models">The models.</param>
    /// <param name="firmware">The firmware covered.</param>
    /// <param name="identity">The identity rule.</param>
    /// <param name="description">The support matrix line's first part.</param>
    /// <returns>The descriptor.</returns>
    public static DriverDescriptor Create(string id, string vendor, IReadOnlyList<string> models, string firmware, IdentityRule identity, string description) => new()
    {
        Id = id,
        Vendor = vendor,
        Models = models,
        FirmwareRange = firmware,
        Transports = [DriverTransport.Ssh],
        DefaultPort = 22,
        Recipients = RecipientModel.FixedSlots(DotHillCommands.Slots),
        // The array joins the sender (local part) and the domain (addendum §1.3); no source gives the sender's length limit.
        Sender = new SenderModel(SenderModelKind.LocalPartAndDomain, null),
        Hints = new InventoryHints("storage", "storage"),
        MaxParallelSessions = null,
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = identity,
        Description = description + " over the controller's SSH CLI: show/set email-parameters (server, sender + domain, email-list of 4, notification-level, port, security-protocol, sender-password), test email.",
        Settings = DotHillSettings.All,
    };
}
