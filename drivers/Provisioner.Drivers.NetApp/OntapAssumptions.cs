namespace Provisioner.Drivers.NetApp;

/// <summary>
/// Every <b>Unverified</b> assumption of the <c>netapp.ontap</c> driver and its conventions, in one place (README
/// "Unverified"). Confirm each on a cluster before relying on it; the lab model follows the same assumptions.
/// </summary>
public static class OntapAssumptions
{
    /// <summary>
    /// The name prefix of the destinations the driver owns: one e-mail destination per recipient, named
    /// <c>provisioner-mail-1</c>, <c>provisioner-mail-2</c>… in recipient order. A convention, not a device fact; it fits
    /// ONTAP's destination names (2–64 characters of <c>[A-Za-z0-9_-]</c>, rest-ssh-apis.md §5). Destinations of other
    /// names (the system-defined <c>snmp-traphost</c>, a person's own) are never touched.
    /// </summary>
    public const string DestinationPrefix = "provisioner-mail-";

    /// <summary>
    /// The name prefix of the EMS filters the driver creates where no built-in filter matches the minimum severity
    /// (<c>provisioner-info-events</c>, <c>provisioner-error-events</c>). A convention; each holds one include rule
    /// <c>name_pattern "*"</c> with the severities listed in <see cref="SeverityFilters"/>.
    /// </summary>
    public const string FilterPrefix = "provisioner-";

    /// <summary>
    /// ONTAP appends an implicit last rule (<c>exclude</c>, <c>name_pattern "*"</c>, <c>severities "*"</c>) to every
    /// filter and lists it in GET. <b>Community</b>: <c>na_ontap_ems_filter.py</c> strips it "from testing it always
    /// appears to be the last element"; the driver ignores a trailing exclude-all rule when comparing.
    /// </summary>
    public const bool FilterListsImplicitExcludeRule = true;

    /// <summary>
    /// A <c>mail_server</c> without <c>:port</c> is used on port 25. <b>Unverified</b>: the docs describe the optional
    /// port suffix (rest-ssh-apis.md §5) but not the default; 25 is the SMTP default.
    /// </summary>
    public const int DefaultMailPort = 25;

    /// <summary>
    /// <c>POST /api/support/ems/application-logs</c> raises an <c>app.log.&lt;severity&gt;</c> EMS event that the
    /// filters route to the e-mail destinations like any other event, so it tests the same path the alerts take.
    /// <b>Community</b>: the call and its body are used by the NetApp REST client of OpenStack Cinder
    /// (<c>send_ems_log_message</c>); that ONTAP routes the event through the destinations' filters is <b>Unverified</b>
    /// and so is the version that brought the call (a 404 is reported as a manual step).
    /// </summary>
    public const bool ApplicationLogReachesDestinations = true;

    /// <summary>
    /// ONTAP's REST names for the SMTP AUTH user and password are <b>Unverified</b> (rest-ssh-apis.md §5 names only the
    /// CLI's <c>-mail-server-user</c> and <c>event config set-mail-server-password</c>), so the driver does not write them
    /// and hands them over as manual steps.
    /// </summary>
    public const bool SmtpAuthOverRestUnverified = true;

    /// <summary>
    /// An e-mail destination's <c>type</c> cannot be changed with PATCH (Verified: Ansible deletes and recreates) and its
    /// <c>destination</c> and <c>filters</c> can (Verified: <c>na_ontap_ems_destination.py</c> PATCHes them). The name is the key.
    /// </summary>
    public const bool DestinationAddressIsPatchable = true;
}
