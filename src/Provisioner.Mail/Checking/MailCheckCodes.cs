namespace Provisioner.Mail;

/// <summary>The stable diagnostic codes of <c>provisioner mail check</c>.</summary>
public static class MailCheckCodes
{
    /// <summary>The relay allows relaying from no range at all.</summary>
    public const string NoRelayRanges = "mail.noRelayRanges";

    /// <summary>The relay has no host name, so the <c>smtp</c> CNAME has no target.</summary>
    public const string RelayHostnameMissing = "mail.relayHostnameMissing";

    /// <summary>A device's address is outside every relay range: the relay would refuse its mail.</summary>
    public const string DeviceOutsideRelayRanges = "mail.deviceOutsideRelayRanges";

    /// <summary>A device's address is a host name, so it cannot be checked against the ranges.</summary>
    public const string DeviceAddressNotIp = "mail.deviceAddressNotIp";

    /// <summary>A device sends through another relay than the one the render configures.</summary>
    public const string DeviceUsesOtherRelay = "mail.deviceUsesOtherRelay";

    /// <summary>A device's recipient is not a distribution group the render defines.</summary>
    public const string RecipientNotGroup = "mail.recipientNotGroup";

    /// <summary>A group does not contain the shared mailbox.</summary>
    public const string GroupWithoutSharedMailbox = "mail.groupWithoutSharedMailbox";

    /// <summary>A device's sender address is deliverable (a group, member, contact or the shared mailbox): a mail loop risk.</summary>
    public const string SenderDeliverable = "mail.senderDeliverable";

    /// <summary>A critical group has no external recipient.</summary>
    public const string CriticalGroupWithoutExternal = "mail.criticalGroupWithoutExternal";
}
