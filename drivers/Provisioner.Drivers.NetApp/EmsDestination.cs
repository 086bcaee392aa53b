using System.Globalization;
using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>One EMS destination as read: name, type, address (for e-mail) and the filters it is bound to.</summary>
/// <param name="Name">The name (the key).</param>
/// <param name="Type">The type: <c>email</c>, <c>syslog</c>, <c>rest_api</c> (<c>rest-api</c> up to 9.9.0) or <c>snmp</c>.</param>
/// <param name="Address">The <c>destination</c> field.</param>
/// <param name="Filters">The bound filters' names.</param>
internal sealed record EmsDestination(string Name, string Type, string Address, IReadOnlyList<string> Filters)
{
    /// <summary>The position of a driver-owned destination (1-based), or null for any other name.</summary>
    public int? Slot =>
        Name.StartsWith(OntapAssumptions.DestinationPrefix, StringComparison.Ordinal)
        && int.TryParse(Name.AsSpan(OntapAssumptions.DestinationPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var slot) && slot > 0
            ? slot
            : null;

    /// <summary>The name of the driver's destination at a position.</summary>
    /// <param name="slot">The 1-based position.</param>
    /// <returns>E.g. <c>provisioner-mail-1</c>.</returns>
    public static string NameAt(int slot) => OntapAssumptions.DestinationPrefix + slot.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads the <c>records</c> of a destinations collection.</summary>
    /// <param name="collection">The collection body.</param>
    /// <param name="operation">The call, for messages.</param>
    /// <returns>Every destination.</returns>
    /// <exception cref="DeviceProtocolException">The body is not a destinations collection.</exception>
    public static IReadOnlyList<EmsDestination> ReadAll(JsonElement collection, string operation)
    {
        if (!collection.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            throw new DeviceProtocolException($"{operation} answered without a records array.") { Operation = operation };
        }

        var list = new List<EmsDestination>();
        foreach (var record in records.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
        {
            var filters = record.TryGetProperty("filters", out var f) && f.ValueKind == JsonValueKind.Array
                ? f.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object && x.TryGetProperty("name", out var n) ? n.GetString() : null).OfType<string>().ToList()
                : [];
            list.Add(new EmsDestination(Text(record, "name"), Text(record, "type").Replace('-', '_'), Text(record, "destination"), filters));
        }

        return list;
    }

    /// <summary>The driver's destinations in slot order.</summary>
    /// <param name="all">Every destination.</param>
    /// <returns>The driver's.</returns>
    public static IReadOnlyList<EmsDestination> Mine(IEnumerable<EmsDestination> all) =>
        [.. all.Where(d => d.Slot is not null).OrderBy(d => d.Slot)];

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
