namespace Provisioner.Drivers.Hpe;

/// <summary>
/// The iLO 5/6 Redfish wire vocabulary the driver uses (Verified: <c>rest-ssh-apis.md</c> §2b and the addendum §4;
/// HPEDevCom/redfishdocs <c>ilo6_manager_resourcedefns170.md</c>, the iLO 5 v2.55 capture in akaliwod/iserver
/// <c>doc/redfish-tests-hpe-vserver</c> @ bf55df8). Unverified choices live in <see cref="IloAssumptions"/>.
/// </summary>
public static class Endpoints
{
    /// <summary>The service root, readable without a session: <c>Vendor</c>, <c>Product</c>, <c>Oem.Hpe.Manager[0]</c>.</summary>
    public const string ServiceRoot = "/redfish/v1/";

    /// <summary>The iLO itself: <c>Model</c> (<c>iLO 5</c>) and <c>FirmwareVersion</c> (<c>iLO 5 v2.55</c>).</summary>
    public const string Manager = "/redfish/v1/Managers/1";

    /// <summary>The network services; AlertMail lives under <c>Oem.Hpe</c>, the iLO's name in <c>HostName</c>.</summary>
    public const string NetworkProtocol = "/redfish/v1/Managers/1/NetworkProtocol";

    /// <summary>The test alert mail action; "there are no parameters for this action".</summary>
    public const string SendTestAlertMail = "/redfish/v1/Managers/1/NetworkProtocol/Actions/Oem/Hpe/HpeiLOManagerNetworkService.SendTestAlertMail";

    /// <summary>The body HPE's <c>ilorest sendtest alertmail</c> sends on Gen10 and later (addendum §4).</summary>
    public const string SendTestAlertMailBody = """{"Action":"HpeiLOManagerNetworkService.SendTestAlertMail"}""";

    /// <summary><c>AlertMailEnabled</c>: true only when Email, SenderDomain and SMTPServer are set.</summary>
    public const string Enabled = "AlertMailEnabled";

    /// <summary><c>AlertMailEmail</c>: one address of at most 63 characters.</summary>
    public const string Email = "AlertMailEmail";

    /// <summary><c>AlertMailSMTPServer</c>: IP address or DNS name, at most 63 characters.</summary>
    public const string Server = "AlertMailSMTPServer";

    /// <summary><c>AlertMailSMTPPort</c>: 25 by default.</summary>
    public const string Port = "AlertMailSMTPPort";

    /// <summary><c>AlertMailSMTPSecureEnabled</c>: "SSL/TLS" (see <see cref="IloAssumptions.SecureEnabledMeansStartTls"/>).</summary>
    public const string SecureEnabled = "AlertMailSMTPSecureEnabled";

    /// <summary><c>AlertMailSMTPAuthEnabled</c>: true only when SecureEnabled, AuthUser and AuthPw are set.</summary>
    public const string AuthEnabled = "AlertMailSMTPAuthEnabled";

    /// <summary><c>AlertMailSMTPAuthUser</c>.</summary>
    public const string AuthUser = "AlertMailSMTPAuthUser";

    /// <summary><c>AlertMailSMTPAuthPw</c>: write-only, reads back <c>null</c>.</summary>
    public const string AuthPassword = "AlertMailSMTPAuthPw";

    /// <summary><c>AlertMailSenderDomain</c>: the sender is <c>&lt;iLO name&gt;@domain</c>; there is no full From field.</summary>
    public const string SenderDomain = "AlertMailSenderDomain";

    /// <summary><c>HostName</c> of NetworkProtocol: the iLO's name.</summary>
    public const string HostName = "HostName";

    /// <summary>The longest <c>AlertMailEmail</c> and <c>AlertMailSMTPServer</c> (HPEiLOCmdlets help, addendum §4).</summary>
    public const int MaxFieldLength = 63;

    /// <summary>The suffix of the success MessageId iLO puts in the <c>error</c> object of an HTTP 200 (<c>Base.1.12.Success</c>).</summary>
    public const string SuccessSuffix = ".Success";

    /// <summary>The suffix of <c>iLO.2.x.AlertMailFeatureDisabled</c> (iLO.2.25 in iLO 5 3.09, iLO.2.34 in iLO 6 1.70); match the suffix, not the version.</summary>
    public const string AlertMailDisabledSuffix = ".AlertMailFeatureDisabled";
}
