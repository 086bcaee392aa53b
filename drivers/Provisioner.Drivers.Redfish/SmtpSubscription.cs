using System.Text.Json;

namespace Provisioner.Drivers.Redfish;

/// <summary>One EventDestination with <c>Protocol: SMTP</c>.</summary>
/// <param name="Path">Its <c>@odata.id</c>, e.g. <c>/redfish/v1/EventService/Subscriptions/3</c>.</param>
/// <param name="Address">The address, normalised: without <c>mailto:</c> and without a query.</param>
/// <param name="Severities">Its <c>Severities</c>, or null when absent.</param>
/// <param name="Context">Its <c>Context</c>, or null.</param>
internal sealed record SmtpSubscription(string Path, string Address, IReadOnlyList<string>? Severities, string? Context)
{
    /// <summary>The subscription in <paramref name="resource"/>, or null when it is not an SMTP one.</summary>
    /// <param name="path">The member link it was read from.</param>
    /// <param name="resource">The EventDestination.</param>
    /// <returns>The subscription or null.</returns>
    public static SmtpSubscription? From(string path, JsonElement resource)
    {
        if (!string.Equals(Json.Text(resource, "Protocol"), Endpoints.SmtpProtocol, StringComparison.OrdinalIgnoreCase)
            || Json.Text(resource, "Destination") is not { } destination)
        {
            return null;
        }

        IReadOnlyList<string>? severities = resource.TryGetProperty(WireNames.Severities, out var s) && s.ValueKind == JsonValueKind.Array
            ? [.. s.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : null;
        return new SmtpSubscription(Json.Text(resource, "@odata.id") ?? path, AddressOf(destination), severities, Json.Text(resource, "Context"));
    }

    /// <summary>
    /// The address in a <c>Destination</c>: RFC 6068 <c>mailto:addr</c>, or the bare address Supermicro
    /// firmware stores (reference §1, "Vendor variant"); any <c>?hfields</c> dropped.
    /// </summary>
    /// <param name="destination">The destination.</param>
    /// <returns>The address.</returns>
    public static string AddressOf(string destination)
    {
        var text = destination.Trim();
        if (text.StartsWith(Endpoints.MailtoScheme, StringComparison.OrdinalIgnoreCase))
        {
            text = text[Endpoints.MailtoScheme.Length..];
        }

        var query = text.IndexOf('?', StringComparison.Ordinal);
        return Uri.UnescapeDataString(query < 0 ? text : text[..query]);
    }
}
