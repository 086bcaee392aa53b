namespace Provisioner.Abstractions;

/// <summary>
/// What a driver's devices usually are in an inventory, for discovery's site skeleton: the device
/// <c>kind</c> and the alert <c>category</c> (which decides the recipient groups). A person may change both.
/// </summary>
/// <param name="Kind">The inventory kind, e.g. <c>ups</c>, <c>pdu</c>, <c>bmc</c>, <c>nas</c>.</param>
/// <param name="Category">The inventory category, e.g. <c>power</c>, <c>environment</c>, <c>systems</c>, <c>storage</c>.</param>
public sealed record InventoryHints(string Kind, string Category);
