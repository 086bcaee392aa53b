namespace Provisioner.Drivers.Hpe;

/// <summary>
/// Every <b>Unverified</b> assumption of the <c>hpe.ilo5</c> driver, in one place (README "Unverified").
/// Confirm each on hardware before relying on it; the lab model follows the same assumptions.
/// </summary>
public static class IloAssumptions
{
    /// <summary>
    /// <c>AlertMailSMTPSecureEnabled = true</c> is STARTTLS (canonical <c>starttls</c>), false is plain SMTP (<c>none</c>);
    /// implicit TLS ("SMTPS", canonical <c>tls</c>) cannot be held. <b>Unverified</b>: HPE only says "SSL/TLS".
    /// Evidence for STARTTLS: the iLO 5 v2.55 capture has the switch on with port 25 by default, where implicit
    /// TLS would never work; a relay that offers STARTTLS on 25 or 587 is the case the switch is meant for.
    /// </summary>
    public const bool SecureEnabledMeansStartTls = true;

    /// <summary>
    /// The "iLO name" iLO puts before <c>@AlertMailSenderDomain</c> (Verified: HPEiLOCmdlets help) is the
    /// <c>HostName</c> of <c>Managers/1/NetworkProtocol</c> (the same value as <c>EthernetInterfaces/1</c> and the
    /// service root's <c>Oem.Hpe.Manager[0].HostName</c> in the v2.55 capture). <b>Unverified</b> that it is not
    /// the FQDN or upper-cased; the driver compares case-insensitively.
    /// </summary>
    public const string SenderNameSource = Endpoints.HostName;

    /// <summary>
    /// A 2xx answer to a PATCH whose <c>error</c> object carries a MessageId other than <c>*.Success</c> (e.g. a
    /// reset-required notice) is taken as applied with a warning; the engine's read-back decides. Refusals come
    /// as HTTP 400 with iLO or Base MessageIds. <b>Unverified</b>: only the Success case is documented.
    /// </summary>
    public const bool NonSuccessMessageIn2xxIsApplied = true;

    /// <summary>
    /// A refusal names the property in <c>MessageArgs</c> or <c>RelatedProperties</c>; when it names none the driver
    /// blames every property of the PATCH. <b>Unverified</b>: iLO's extended info usually carries only
    /// MessageId and MessageArgs; which argument is the property varies by message.
    /// </summary>
    public const bool RefusalNamesPropertyInArgs = true;

    /// <summary>
    /// A session that answers 401 in the middle of the work has expired (iLO's idle timeout) and one new login is
    /// worth trying. <b>Unverified</b> for iLO specifically; Redfish services answer NoValidSession with 401.
    /// </summary>
    public const int ReloginAttempts = 1;

    /// <summary>
    /// The password is written with its user in the same PATCH (iLO checks <c>AlertMailSMTPAuthEnabled</c> against
    /// the resulting state). <b>Unverified</b> whether iLO checks each property in body order instead.
    /// </summary>
    public const bool CouplingCheckedAgainstFinalState = true;

    /// <summary>
    /// iLO firmware older than iLO 5 1.40 reports no <c>Vendor</c> in the service root; an <c>Oem.Hpe</c> object
    /// alone then identifies the vendor as HPE. <b>Unverified</b> version boundary.
    /// </summary>
    public const string VendorWhenOnlyOemHpe = "HPE";
}
