namespace Provisioner.Drivers.DotHill;

/// <summary>
/// Everything <c>hpe.msa</c> and <c>dell.me</c> rely on that no public source confirms (README "Unverified"), kept in
/// this one file. Confirm each on an array before trusting the drivers with it. The lab emulator
/// (<c>Devices/DotHill/msa-cli.py</c>) answers the same way, so the lab cannot prove these.
/// </summary>
internal static class DotHillAssumptions
{
    /// <summary>
    /// <b>Unverified</b> (reference §6: "Output modes: <c>set cli-parameters api</c> (XML)"): this command switches the
    /// session's output to the XML API form for this session only, so every later command answers with one
    /// <c>RESPONSE</c> of <c>OBJECT</c>/<c>PROPERTY</c> elements and a <c>status</c> object, as the HTTP API does
    /// (Verified there, addendum §1.2). The driver reads XML because the property names are Verified while the human
    /// table is not (addendum §1.4).
    /// </summary>
    public const string ApiMode = "set cli-parameters api";

    /// <summary>
    /// <b>Unverified</b>: the array takes any subset of the <c>set email-parameters</c> keywords, so the driver sends
    /// one setting per command (a refusal then names its setting; a dropped connection leaves a known prefix).
    /// python-me4storage always sends them all together (addendum §1.3).
    /// </summary>
    public const bool SubsetOfKeywords = true;

    /// <summary><b>Unverified</b>: <c>email-list</c> replaces all four slots; slots it does not name are cleared.</summary>
    public const bool ListReplacesAllSlots = true;

    /// <summary>
    /// <b>Unverified</b> (addendum §1.3 says so): <c>notification-level none</c> turns <c>email-notification</c> to
    /// <c>Disabled</c>, and any other level turns it to <c>Enabled</c>. <c>smtp.enabled</c> is written this way.
    /// </summary>
    public const bool LevelDrivesNotification = true;

    /// <summary><b>Unverified</b>: an empty <c>email-smtp-port</c> (the factory default, addendum §1.1) means port 25.</summary>
    public const int DefaultPort = 25;

    /// <summary>
    /// <b>Unverified</b>: <c>security-protocol tls</c> is STARTTLS on the submission port and <c>ssl</c> is TLS from
    /// connect (the words the read-back shows are <c>None</c>/<c>TLS</c>/<c>SSL</c>, addendum §1.1).
    /// </summary>
    public const string StartTlsWord = "tls";

    /// <summary><b>Unverified</b>: the word for TLS from connect (see <see cref="StartTlsWord"/>).</summary>
    public const string ImplicitTlsWord = "ssl";

    /// <summary>
    /// <b>Unverified</b> (addendum §1.3: the keyword's name matches the read-back, no source uses it):
    /// <c>sender-password</c> sets the SMTP AUTH password, and the array logs in as <c>sender@domain</c>.
    /// </summary>
    public const bool AuthenticatesAsSender = true;

    /// <summary>
    /// <b>Unverified</b>: a value with blanks is passed in double quotes; a value holding a double quote or a control
    /// character cannot be passed and is refused before anything is sent.
    /// </summary>
    public const char Quote = '"';

    /// <summary>
    /// <b>Unverified</b> (reference §6 names both <c>test email region crit</c> and <c>test notification</c>, addendum §1.4):
    /// the test command, which answers <c>Success</c> once the array handed the message to its relay.
    /// </summary>
    public const string TestEmail = "test email region crit";

    /// <summary><b>Unverified</b>: <c>show system</c> answers a <c>system</c> object with <c>vendor-name</c>, <c>product-id</c>, <c>product-brand</c>, <c>system-name</c>.</summary>
    public const string ShowSystem = "show system";

    /// <summary><b>Unverified</b>: the <c>system</c> object's name.</summary>
    public const string SystemObject = "system";

    /// <summary><b>Unverified</b>: the vendor property, e.g. <c>HPE</c> or <c>DELL EMC</c>.</summary>
    public const string VendorProperty = "vendor-name";

    /// <summary><b>Unverified</b>: the model property, e.g. <c>MSA 2060 SAN</c> or <c>ME4024</c>.</summary>
    public const string ModelProperty = "product-id";

    /// <summary><b>Unverified</b>: the product family property, e.g. <c>MSA Storage</c> or <c>PowerVault ME4</c>.</summary>
    public const string BrandProperty = "product-brand";

    /// <summary><b>Unverified</b>: the system name property.</summary>
    public const string NameProperty = "system-name";

    /// <summary><b>Community</b> (addendum §1.4 names <c>show versions</c> in array transcripts): the firmware bundle.</summary>
    public const string ShowVersions = "show versions";

    /// <summary><b>Unverified</b>: the <c>versions</c> object's bundle property, e.g. <c>IN100P001</c>.</summary>
    public const string BundleProperty = "bundle-version";

    /// <summary><b>Unverified</b>: the pager prompt of the human output (the XML output is not paged).</summary>
    public const string Pager = @"Press any key to continue \(Q to quit\)";

    /// <summary><b>Unverified</b>: where the e-mail settings live in the web interface (SMC on MSA, PowerVault Manager on ME).</summary>
    public const string WebLocation = "Web UI: Settings > Notifications > Email (PowerVault Manager: System Settings > Notifications > Email)";
}
