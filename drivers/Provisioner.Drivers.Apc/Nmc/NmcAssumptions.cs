namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>
/// Everything <c>apc.nmc</c> relies on that no public source confirms (README "Unverified"), kept in this one file.
/// Confirm each on a card before trusting the driver with it. The lab emulator (<c>Devices/Apc/nmc-cli.py</c>) answers
/// the same way, so the lab cannot prove these.
/// </summary>
internal static class NmcAssumptions
{
    /// <summary>
    /// <b>Unverified</b>: the layout of <c>email</c> with no options (reference §7: "Output format of email (read-back):
    /// Unverified"). Assumed: a <c>Recipient: n</c> line opens each recipient's block, followed by <c>Label: value</c>
    /// lines like the <c>smtp</c> read-out. The labels below are matched case-insensitively.
    /// </summary>
    public const string RecipientLabel = "Recipient";

    /// <summary><b>Unverified</b>: the generation line's label in the <c>email</c> read-out (value <c>enabled</c>/<c>disabled</c>).</summary>
    public const string GenerationLabel = "Generation";

    /// <summary><b>Unverified</b>: the To address line's labels in the <c>email</c> read-out (either).</summary>
    public static IReadOnlyList<string> AddressLabels { get; } = ["Address", "To Address", "To"];

    /// <summary><b>Unverified</b>: the route line's labels in the <c>email</c> read-out (either); absent means <c>local</c>.</summary>
    public static IReadOnlyList<string> RouteLabels { get; } = ["Route", "Send via"];

    /// <summary>
    /// <b>Unverified</b>: a value with blanks is passed in double quotes (<c>smtp -u "mail user"</c>); a value holding a
    /// double quote or a control character cannot be passed at all and is refused before anything is sent.
    /// </summary>
    public const char Quote = '"';

    /// <summary>
    /// <b>Unverified</b>: an unused recipient slot is turned off with <c>email -g[n] disable</c> and its address left in
    /// place; whether <c>email -t[n] ""</c> clears an address is unknown, so the driver never sends it.
    /// </summary>
    public const bool UnusedSlotsKeepTheirAddress = true;

    /// <summary>
    /// <b>Community</b> (addendum §2: an NMC3 mock's banner): the banner's first line names the vendor and
    /// <c>Network Management Card AOS vX.Y.Z</c>; the second names the application module and its version.
    /// </summary>
    public const string BannerAos = @"^(?<vendor>Schneider Electric|American Power Conversion|APC)\b.*?Network Management Card AOS\s+(?<aos>v[\d.]+)";

    /// <summary><b>Community</b>: the banner's application line, e.g. <c>(c) Copyright … Smart-UPS &amp; Matrix-UPS APP v7.1.2</c>.</summary>
    public const string BannerApplication = @"^\(c\) Copyright.*?Reserved\s+(?<app>.+?)\s+(?<version>v[\d.]+)\s*$";

    /// <summary>
    /// <b>Unverified</b> (general knowledge, no source in the reference): AOS 1.x–3.x runs on NMC3 (AP9641/AP9640), AOS
    /// 5.x–7.x on NMC2 (AP9630/AP9631). Only used to name the model in identify; nothing depends on it.
    /// </summary>
    public const int HighestNmc3AosMajor = 4;

    /// <summary>
    /// <b>Unverified</b>: the web UI location where e-mail is chosen per event (reference §7: event-to-e-mail mapping is per
    /// event, <c>[EventActionConfig]</c>; no CLI holds a threshold).
    /// </summary>
    public const string EventActionsLocation = "Web UI: Configuration > Notification > Event Actions (By Event or By Group)";

    /// <summary>
    /// <b>Community</b> (addendum §2, AP44xx manual p.117 "Configuration > Notification > E-mail > Test"; AP8868 guide
    /// "Administration > Notification > E-mail > test"): the web UI's test button. No CLI test command is known.
    /// </summary>
    public const string TestMailLocation = "Web UI: Configuration > Notification > E-mail > Test (older firmware: Administration > Notification > E-mail > Test)";

    /// <summary>
    /// Our mapping, not a device fact: <c>-e ifavail</c> (STARTTLS only if the server offers it) reads as <c>none</c>, because
    /// it does not guarantee encryption; so an inventory asking for <c>starttls</c> rewrites it to <c>always</c>.
    /// </summary>
    public const string OpportunisticReadsAs = "none";
}
