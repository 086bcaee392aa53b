using System.Text.Json;
using System.Text.Json.Nodes;

namespace Provisioner.Drivers.TrueNas;

/// <summary>One of the driver's <c>Mail</c> alert services: one recipient address, its minimum level, on or off.</summary>
/// <param name="Id">The service id (0 before it exists).</param>
/// <param name="Email">The <c>attributes.email</c> address.</param>
/// <param name="Level">The <c>level</c>, e.g. <c>WARNING</c>.</param>
/// <param name="Enabled">Whether the service is enabled.</param>
internal sealed record AlertService(int Id, string Email, string Level, bool Enabled)
{
    /// <summary>The name the driver gives the service of <paramref name="email"/>.</summary>
    /// <param name="email">The address.</param>
    /// <returns>E.g. <c>Provisioner mail ops@example.com</c>.</returns>
    public static string NameFor(string email) => TrueNasAssumptions.ServiceNamePrefix + email;

    /// <summary>Reads the driver's services from <c>alertservice.query</c>, in id (creation) order; other services are skipped. Both shapes are read: <c>type</c> at the top (up to 25.04) or inside <c>attributes</c> (25.10+).</summary>
    /// <param name="result">The result array.</param>
    /// <param name="operation">The call, for messages.</param>
    /// <returns>The services.</returns>
    /// <exception cref="Abstractions.DeviceProtocolException">Not an array of services.</exception>
    public static IReadOnlyList<AlertService> ReadOwned(JsonElement result, string operation)
    {
        if (result.ValueKind != JsonValueKind.Array)
        {
            throw new Abstractions.DeviceProtocolException($"{operation} answered something other than a list of alert services. Check the TrueNAS version.") { Operation = operation };
        }

        var mine = new List<AlertService>();
        foreach (var service in result.EnumerateArray())
        {
            if (service.ValueKind != JsonValueKind.Object
                || Text(service, "name") is not { } name || !name.StartsWith(TrueNasAssumptions.ServiceNamePrefix, StringComparison.Ordinal)
                || !service.TryGetProperty("id", out var id) || !id.TryGetInt32(out var number)
                || !service.TryGetProperty("attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Object
                || (Text(service, "type") ?? Text(attributes, "type")) != "Mail")
            {
                continue;
            }

            var enabled = service.TryGetProperty("enabled", out var on) && on.ValueKind == JsonValueKind.True;
            mine.Add(new AlertService(number, Text(attributes, "email") ?? string.Empty, Text(service, "level") ?? string.Empty, enabled));
        }

        return [.. mine.OrderBy(s => s.Id)];
    }

    /// <summary>The create/update body in the shape of the firmware.</summary>
    /// <param name="typeInAttributes">True from 25.10 (<c>attributes.type</c>), false before (top-level <c>type</c>).</param>
    /// <returns>The object.</returns>
    public JsonObject ToBody(bool typeInAttributes)
    {
        var attributes = new JsonObject();
        if (typeInAttributes)
        {
            attributes["type"] = "Mail";
        }

        attributes["email"] = Email;
        var body = new JsonObject { ["name"] = NameFor(Email) };
        if (!typeInAttributes)
        {
            body["type"] = "Mail";
        }

        body["attributes"] = attributes;
        body["level"] = Level;
        body["enabled"] = Enabled;
        return body;
    }

    /// <summary>Whether this service mails the same address at the same level and state as <paramref name="other"/> (ids aside).</summary>
    /// <param name="other">The other service.</param>
    /// <returns>True when nothing needs changing.</returns>
    public bool SameAs(AlertService other) =>
        string.Equals(Email.Trim(), other.Email.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(Level, other.Level, StringComparison.OrdinalIgnoreCase)
        && Enabled == other.Enabled;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
