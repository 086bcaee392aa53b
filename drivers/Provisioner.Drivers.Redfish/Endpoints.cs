namespace Provisioner.Drivers.Redfish;

/// <summary>
/// The wire vocabulary of the generic Redfish driver (DSP0266, DMTF schemas EventService_v1 and
/// EventDestination_v1; facts: <c>shared/reference/rest-ssh-apis.md</c> §1), and the driver's unverified
/// assumptions, kept in this one file (see README "Unverified").
/// </summary>
internal static class Endpoints
{
    /// <summary>The service root, readable without credentials.</summary>
    public const string ServiceRoot = "/redfish/v1/";

    /// <summary>The manager collection; its first member's <c>FirmwareVersion</c> is the firmware.</summary>
    public const string Managers = "/redfish/v1/Managers";

    /// <summary>The event service: <c>SMTP</c>, <c>Severities</c>, <c>Actions</c>.</summary>
    public const string EventService = "/redfish/v1/EventService";

    /// <summary>The subscription (EventDestination) collection.</summary>
    public const string Subscriptions = "/redfish/v1/EventService/Subscriptions";

    /// <summary>The action key of <c>SubmitTestEvent</c> in <c>EventService.Actions</c>.</summary>
    public const string SubmitTestEventAction = "#EventService.SubmitTestEvent";

    /// <summary>The action key of <c>TestEventSubscription</c> (EventService v1_10_0) in <c>EventService.Actions</c>.</summary>
    public const string TestEventSubscriptionAction = "#EventService.TestEventSubscription";

    /// <summary>The <c>Protocol</c> of an e-mail subscription (EventDestination v1_7_0).</summary>
    public const string SmtpProtocol = "SMTP";

    /// <summary>The RFC 6068 scheme of an SMTP <c>Destination</c>.</summary>
    public const string MailtoScheme = "mailto:";

    /// <summary>
    /// The <c>Context</c> the driver gives subscriptions it creates, so a person reading the BMC can tell
    /// who made them. The driver manages every SMTP subscription whatever its Context (the inventory owns
    /// the device's recipients), and never touches subscriptions of other protocols.
    /// </summary>
    public const string SubscriptionContext = "provisioner";

    /// <summary>
    /// The <c>MessageId</c> of the test event. <b>Unverified</b>: the schema only requires the pattern
    /// <c>^\w+\.\d+\.\d+\.\w+$</c>; which ids a BMC accepts (registry it knows) varies. <c>TestMessage</c> is the
    /// Resource Event registry's test message that <c>TestEventSubscription</c> sends.
    /// </summary>
    public const string TestMessageId = "ResourceEvent.1.3.TestMessage";

    /// <summary>
    /// The <c>MessageSeverity</c> of the test event: Critical, so that subscriptions filtering on
    /// <c>Severities</c> (EventDestination v1_13_0) all receive it. <b>Unverified</b>: whether a BMC applies a
    /// subscription's filter to test events at all is implementation-specific (reference §1 "Test e-mail").
    /// </summary>
    public const string TestMessageSeverity = "Critical";

    /// <summary>
    /// <b>Unverified</b>: the order of the subscription collection's <c>Members</c> is the order the service
    /// created them in (services number subscriptions upwards and list them by id), so a subscription
    /// created last is listed last. The driver relies on it to keep recipients in the inventory's order.
    /// </summary>
    public const bool MembersInCreationOrder = true;
}
