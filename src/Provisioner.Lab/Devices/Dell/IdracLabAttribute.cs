using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Dell;

/// <summary>
/// One entry of the simulated iDRAC's <c>ManagerAttributeRegistry</c>: its name, type, bounds, enum values,
/// read-only flag and the value a factory-fresh iDRAC holds.
/// </summary>
/// <param name="Name">The attribute name, e.g. <c>RemoteHosts.1.SMTPPort</c>.</param>
/// <param name="Type">The registry type: <c>String</c>, <c>Integer</c>, <c>Enumeration</c> or <c>Password</c>.</param>
/// <param name="Default">The factory value (null for a password).</param>
public sealed record IdracLabAttribute(string Name, string Type, JsonNode? Default)
{
    /// <summary>Whether the attribute cannot be written.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The enum values (<c>ValueName</c>) of an <c>Enumeration</c>.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The smallest integer accepted.</summary>
    public long? LowerBound { get; init; }

    /// <summary>The largest integer accepted.</summary>
    public long? UpperBound { get; init; }

    /// <summary>The longest string accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The entry as the registry lists it (DMTF AttributeRegistry <c>RegistryEntries.Attributes[]</c>).</summary>
    /// <returns>The JSON object.</returns>
    public JsonObject ToRegistryEntry()
    {
        var entry = new JsonObject
        {
            ["AttributeName"] = Name,
            [nameof(Type)] = Type,
            [nameof(ReadOnly)] = ReadOnly,
            ["DefaultValue"] = Default?.DeepClone(),
        };
        if (Values.Count > 0)
        {
            entry["Value"] = new JsonArray([.. Values.Select(v => (JsonNode)new JsonObject { ["ValueName"] = v, ["ValueDisplayName"] = v })]);
        }

        if (LowerBound is { } lower)
        {
            entry[nameof(LowerBound)] = lower;
        }

        if (UpperBound is { } upper)
        {
            entry[nameof(UpperBound)] = upper;
        }

        if (MaxLength is { } max)
        {
            entry[nameof(MaxLength)] = max;
        }

        return entry;
    }
}
