namespace Provisioner.Delivery;

/// <summary>Whether the test message reached the watched mailbox through one of the device's recipients.</summary>
/// <param name="Address">The recipient address the device sends to, e.g. <c>alerts-power@contoso.com</c>.</param>
/// <param name="Group">The inventory group's name, e.g. <c>alerts-power</c>; null when the address is not a group.</param>
/// <param name="Observable">False when the watched mailbox is not a member (an address outside the inventory's groups): its delivery cannot be seen.</param>
/// <param name="Reached">True when a copy delivered for this address arrived.</param>
public sealed record RecipientReach(string Address, string? Group, bool Observable, bool Reached);
