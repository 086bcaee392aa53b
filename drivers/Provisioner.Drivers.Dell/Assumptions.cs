using Provisioner.Abstractions;

namespace Provisioner.Drivers.Dell;

/// <summary>
/// Every <b>unverified</b> assumption of the <c>dell.idrac9</c> driver, in one place (README "Unverified").
/// Each says what is assumed and why; confirm on a real iDRAC before relying on it.
/// </summary>
public static class Assumptions
{
    /// <summary>
    /// <c>RemoteHosts.1.ConnectionEncryption</c> values ↔ canonical security. Only <c>STARTTLS</c> has been seen on
    /// a device (main file §2a, addendum §3); <c>None</c> and <c>SSL/TLS</c> are guesses. The driver writes only a
    /// value the device's own registry lists, so a wrong guess is refused before sending, never written blind.
    /// </summary>
    public static IReadOnlyList<(string Wire, SmtpSecurity Security)> Encryption { get; } =
    [
        ("None", SmtpSecurity.None),
        ("STARTTLS", SmtpSecurity.StartTls),
        ("SSL/TLS", SmtpSecurity.Tls),
        ("TLS", SmtpSecurity.Tls),
        ("SSL", SmtpSecurity.Tls),
    ];

    /// <summary>
    /// The body of <c>SendTestEmailAlert</c>: <c>{}</c>, as one third-party tool posts (addendum §3). Whether the
    /// action wants a recipient index is unknown; on a 400 the driver falls back to <c>SubmitTestEvent</c>.
    /// </summary>
    public const string SendTestEmailBody = "{}";

    /// <summary>
    /// The body of the <c>SubmitTestEvent</c> fallback: the message id Dell's
    /// <c>SubscriptionManagementREDFISH.py</c> posts for iDRAC 9 (<c>TMP0118</c>). Whether the iDRAC routes a test
    /// event to the e-mail slots is unverified (main file §1 "Test e-mail").
    /// </summary>
    public const string SubmitTestEventBody = "{\"EventType\":\"Alert\",\"MessageId\":\"TMP0118\"}";

    /// <summary>
    /// A relay that reads <c>0.0.0.0</c> (the factory value in the 5.10 capture) or empty means "no relay set".
    /// </summary>
    public static IReadOnlyList<string> UnsetRelay { get; } = ["", "0.0.0.0"];

    /// <summary>
    /// The registry's read-only flag: DMTF's AttributeRegistry schema spells it <c>ReadOnly</c>; Dell's file is read
    /// with either <c>ReadOnly</c> or <c>Readonly</c>, since no capture of the file was available.
    /// </summary>
    public static IReadOnlyList<string> ReadOnlyFlags { get; } = ["ReadOnly", "Readonly"];

    /// <summary>
    /// The manager <c>Model</c> of an iDRAC 9: the driver accepts 14G–17G ("14G Monolithic") or text naming
    /// iDRAC 9, and relies on the firmware (3.x–7.x) and the manager id for the rest; no capture of the field was available.
    /// </summary>
    public const string ModelPattern = @"(^1[4-7]G\b|iDRAC ?9)";

    /// <summary>
    /// A 400 answer to the attributes PATCH means nothing of that PATCH was applied (the lab model works so); the
    /// driver reports the other settings of the request as not attempted.
    /// </summary>
    public const bool PatchIsAllOrNothing = true;

    /// <summary>
    /// <c>IPMILan.1.AlertEnable</c> is the switch for "the device sends alert e-mail": Dell's subscription script
    /// turns it on before creating subscriptions (main file §2a); the per-slot <c>Enable</c> belongs to the recipients.
    /// </summary>
    public const string EnabledSwitch = Endpoints.AlertEnable;
}
