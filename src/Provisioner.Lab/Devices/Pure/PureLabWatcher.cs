using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Pure;

/// <summary>One alert watcher of the lab array: the address (its name) and whether it is enabled.</summary>
/// <param name="Name">The address.</param>
/// <param name="Enabled">Whether alerts are mailed to it.</param>
public sealed record PureLabWatcher(string Name, bool Enabled)
{
    /// <summary>The built-in watcher of Pure's support; it cannot be deleted.</summary>
    public const string Vendor = "flasharray-alerts@purestorage.com";

    /// <summary>The watcher as the API lists it.</summary>
    /// <returns>The item.</returns>
    public JsonObject ToJson() => new() { ["name"] = Name, ["enabled"] = Enabled };

    /// <summary>Reads a watcher from <see cref="ToJson"/>'s form.</summary>
    /// <param name="node">The item.</param>
    /// <returns>The watcher.</returns>
    /// <exception cref="FormatException">It is not one.</exception>
    public static PureLabWatcher From(JsonNode? node) =>
        node is JsonObject o && o["name"]?.GetValue<string>() is { } name
            ? new PureLabWatcher(name, o["enabled"]?.GetValue<bool>() ?? false)
            : throw new FormatException("Not a FlashArray lab watcher.");
}
