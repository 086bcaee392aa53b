using System.Text.Json;

namespace Provisioner.Drivers.Pure;

/// <summary>One alert watcher: its address (the name) and whether it is enabled (addendum §7: the only two fields on FlashArray).</summary>
/// <param name="Address">The address.</param>
/// <param name="Enabled">Whether alerts are mailed to it.</param>
internal sealed record AlertWatcher(string Address, bool Enabled)
{
    /// <summary>Whether this is Pure's built-in support watcher.</summary>
    public bool IsVendor => string.Equals(Address, Endpoints.VendorWatcher, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the managed watchers (every one but the vendor's) in listed order.</summary>
    /// <param name="items">The items of <c>GET alert-watchers</c>.</param>
    /// <returns>The watchers.</returns>
    public static IReadOnlyList<AlertWatcher> Managed(IReadOnlyList<JsonElement> items) =>
        [.. items.Select(i => new AlertWatcher(
                i.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty,
                i.TryGetProperty("enabled", out var e) && e.ValueKind == JsonValueKind.True))
            .Where(w => w.Address.Length > 0 && !w.IsVendor)];
}
