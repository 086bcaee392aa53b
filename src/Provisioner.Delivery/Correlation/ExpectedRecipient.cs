namespace Provisioner.Delivery;

/// <summary>One recipient a device sends its alerts to, as the watched mailbox can see it.</summary>
/// <param name="Address">The address, e.g. <c>alerts-power@contoso.com</c>.</param>
/// <param name="Group">The inventory group's name; null when the address is not a group.</param>
/// <param name="Observable">True when the watched mailbox receives its copies (a group, which the guideline makes it a member of, or the mailbox itself).</param>
public sealed record ExpectedRecipient(string Address, string? Group, bool Observable);
