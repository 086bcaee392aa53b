using System.Text;
using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// The iDRAC attributes as one GET of <c>DellAttributes/iDRAC.Embedded.1</c> returned them, with the resource's
/// ETag for the next PATCH's <c>If-Match</c>. Values are strings, longs or null (the password).
/// </summary>
internal sealed class AttributeState
{
    private readonly Dictionary<string, object?> values;

    private AttributeState(Dictionary<string, object?> values, string? etag)
    {
        this.values = values;
        ETag = etag;
    }

    /// <summary>The resource's ETag (header, else <c>@odata.etag</c>), or null when the iDRAC sent none.</summary>
    public string? ETag { get; }

    /// <summary>Reads the answer of the GET.</summary>
    /// <param name="answer">The 200 answer.</param>
    /// <returns>The state.</returns>
    /// <exception cref="DeviceProtocolException">The body has no <c>Attributes</c> object.</exception>
    public static AttributeState From(HttpAnswer answer)
    {
        var root = answer.ReadJson();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Object)
        {
            throw new DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} answered without an Attributes object. Check that the address is an iDRAC 9.") { Endpoint = answer.Endpoint, Operation = answer.Operation };
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in attributes.EnumerateObject())
        {
            values[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number when p.Value.TryGetInt64(out var n) => n,
                JsonValueKind.Null => null,
                _ => p.Value.GetRawText(),
            };
        }

        var etag = answer.Header("ETag") ?? (root.TryGetProperty("@odata.etag", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null);
        return new AttributeState(values, etag);
    }

    /// <summary>Whether this generation has the attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>True when present.</returns>
    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>The attribute as text (empty when absent or null).</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The text.</returns>
    public string Text(string name) => values.GetValueOrDefault(name) switch
    {
        string s => s,
        long n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <summary>The attribute's raw value (string, long or null).</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The value.</returns>
    public object? Value(string name) => values.GetValueOrDefault(name);

    /// <summary>Whether the attribute already holds <paramref name="value"/> (strings compare exactly).</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">A string or long.</param>
    /// <returns>True when equal.</returns>
    public bool Holds(string name, object value) => values.TryGetValue(name, out var current) && Equals(current, value);

    /// <summary>The managed attributes this generation has, with their values, for a snapshot.</summary>
    /// <returns>Name → value.</returns>
    public Dictionary<string, object> Capture() =>
        Endpoints.Managed.Where(n => values.GetValueOrDefault(n) is not null).ToDictionary(n => n, n => values[n]!, StringComparer.Ordinal);

    /// <summary>The PATCH body <c>{"Attributes":{…}}</c>.</summary>
    /// <param name="attributes">Name → string, long or <see cref="Secret"/>.</param>
    /// <returns>The JSON text (it may hold a secret: never log it).</returns>
    public static string Body(IEnumerable<KeyValuePair<string, object>> attributes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("Attributes");
            foreach (var (name, value) in attributes)
            {
                switch (value)
                {
                    case long n:
                        writer.WriteNumber(name, n);
                        break;
                    case Secret secret:
                        writer.WriteString(name, secret.Reveal());
                        break;
                    default:
                        writer.WriteString(name, (string)value);
                        break;
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
