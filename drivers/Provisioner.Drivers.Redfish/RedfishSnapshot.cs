using System.Text.Json;

namespace Provisioner.Drivers.Redfish;

/// <summary>The driver's private snapshot: the SMTP object as read (the password is never readable) and the SMTP subscriptions.</summary>
/// <param name="Smtp">The SMTP object, or null when the service has none.</param>
/// <param name="Subscriptions">The SMTP subscriptions in collection order.</param>
internal sealed record RedfishSnapshot(JsonElement? Smtp, IReadOnlyList<SmtpSubscription> Subscriptions)
{
    /// <summary>The SMTP properties a restore puts back (not the write-only password, not the read-only PasswordSet).</summary>
    public static IReadOnlyList<string> Restorable { get; } =
        [WireNames.ServiceEnabled, WireNames.ServerAddress, WireNames.Port, WireNames.ConnectionProtocol, WireNames.Authentication, WireNames.Username, WireNames.FromAddress];
}
