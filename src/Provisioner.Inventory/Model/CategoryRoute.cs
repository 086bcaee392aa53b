namespace Provisioner.Inventory;

/// <summary>Which groups a device category notifies, e.g. <c>power: [alerts-power, alerts-critical]</c>.</summary>
/// <param name="Category">The category.</param>
/// <param name="Groups">The group names, in the order recipients are derived.</param>
/// <param name="Sources">Where it was written.</param>
public sealed record CategoryRoute(DeviceCategory Category, IReadOnlyList<string> Groups, SourceMap Sources);
