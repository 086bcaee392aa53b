namespace Provisioner.Drivers.Dell;

/// <summary>
/// The iDRAC 9 wire vocabulary the driver uses, all Verified in <c>shared/reference/rest-ssh-apis.md</c> §2a
/// (iDRAC 5.10 capture, Dell's scripts and Ansible modules) and the addendum §3. Unverified parts live in
/// <see cref="Assumptions"/>.
/// </summary>
public static class Endpoints
{
    /// <summary>The Redfish service root (no credentials needed).</summary>
    public const string ServiceRoot = "/redfish/v1";

    /// <summary>The iDRAC manager resource.</summary>
    public const string Manager = "/redfish/v1/Managers/iDRAC.Embedded.1";

    /// <summary>The manager's id, the last segment of <see cref="Manager"/>.</summary>
    public const string ManagerId = "iDRAC.Embedded.1";

    /// <summary>The iDRAC attributes resource when the manager lists no link to it.</summary>
    public const string DellAttributes = Manager + "/Oem/Dell/DellAttributes/iDRAC.Embedded.1";

    /// <summary>The attribute registry locator; its <c>Location[-1].Uri</c> is the registry itself.</summary>
    public const string AttributeRegistry = "/redfish/v1/Registries/ManagerAttributeRegistry";

    /// <summary>The registry file Dell's own script reads when the locator names none.</summary>
    public const string AttributeRegistryFile = AttributeRegistry + "/ManagerAttributeRegistry.v1_0_0.json";

    /// <summary>The OEM test e-mail action (exists on iDRAC 5.10: capture).</summary>
    public const string SendTestEmailAlert = Manager + "/Oem/Dell/DelliDRACCardService/Actions/DelliDRACCardService.SendTestEmailAlert";

    /// <summary>The DMTF test event action, the fallback of the addendum §3.</summary>
    public const string SubmitTestEvent = "/redfish/v1/EventService/Actions/EventService.SubmitTestEvent";

    /// <summary>The global alert switch: <c>Enabled</c>/<c>Disabled</c>.</summary>
    public const string AlertEnable = "IPMILan.1.AlertEnable";

    /// <summary>The SMTP server, an IP address or a name (omsdk PR #24).</summary>
    public const string SmtpServer = "RemoteHosts.1.SMTPServerIPAddress";

    /// <summary>The SMTP port, an integer.</summary>
    public const string SmtpPort = "RemoteHosts.1.SMTPPort";

    /// <summary>SMTP AUTH on or off: <c>Enabled</c>/<c>Disabled</c>.</summary>
    public const string SmtpAuthentication = "RemoteHosts.1.SMTPAuthentication";

    /// <summary>The SMTP AUTH user.</summary>
    public const string SmtpUserName = "RemoteHosts.1.SMTPUserName";

    /// <summary>The SMTP AUTH password; reads <c>null</c>.</summary>
    public const string SmtpPassword = "RemoteHosts.1.SMTPPassword";

    /// <summary>The From address (iDRAC 9 5.x; absent on older generations).</summary>
    public const string SenderEmail = "RemoteHosts.1.SenderEmail";

    /// <summary>The connection security (iDRAC 9 5.x; absent on older generations).</summary>
    public const string ConnectionEncryption = "RemoteHosts.1.ConnectionEncryption";

    /// <summary>The value of an on/off enumeration that means on.</summary>
    public const string Enabled = "Enabled";

    /// <summary>The value of an on/off enumeration that means off.</summary>
    public const string Disabled = "Disabled";

    /// <summary>The number of e-mail alert slots, <c>EmailAlert.1..4</c> (addendum §3, Verified by a Dell maintainer).</summary>
    public const int AlertSlots = 4;

    /// <summary>The address attribute of a slot.</summary>
    /// <param name="slot">The 1-based slot.</param>
    /// <returns>E.g. <c>EmailAlert.2.Address</c>.</returns>
    public static string SlotAddress(int slot) => $"EmailAlert.{slot}.Address";

    /// <summary>The enable attribute of a slot.</summary>
    /// <param name="slot">The 1-based slot.</param>
    /// <returns>E.g. <c>EmailAlert.2.Enable</c>.</returns>
    public static string SlotEnable(int slot) => $"EmailAlert.{slot}.Enable";

    /// <summary>Every attribute the driver reads, writes or snapshots (the password excluded: it cannot be read).</summary>
    public static IReadOnlyList<string> Managed { get; } =
    [
        AlertEnable, SmtpServer, SmtpPort, SmtpAuthentication, SmtpUserName, SenderEmail, ConnectionEncryption,
        .. Enumerable.Range(1, AlertSlots).SelectMany(s => new[] { SlotAddress(s), SlotEnable(s) }),
    ];
}
