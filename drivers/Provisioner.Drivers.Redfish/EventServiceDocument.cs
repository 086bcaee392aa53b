using System.Text.Json;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish;

/// <summary>What the driver uses of <c>GET /redfish/v1/EventService</c>.</summary>
/// <param name="ODataType">The <c>@odata.type</c>, e.g. <c>#EventService.v1_10_0.EventService</c>.</param>
/// <param name="Smtp">The <c>SMTP</c> object, or null when the service has none (e.g. iLO 5, EventService v1_0_8).</param>
/// <param name="Severities">The advertised <c>Severities</c> (v1_9_0); empty when the service does not filter by severity.</param>
/// <param name="ETag">The <c>ETag</c> header, else <c>@odata.etag</c>, exactly as received; null when the service sends none.</param>
/// <param name="SubmitTestEventTarget">The <c>SubmitTestEvent</c> action target, or null.</param>
/// <param name="TestEventSubscriptionTarget">The <c>TestEventSubscription</c> action target (v1_10_0), or null.</param>
internal sealed record EventServiceDocument(
    string ODataType,
    JsonElement? Smtp,
    IReadOnlyList<string> Severities,
    string? ETag,
    string? SubmitTestEventTarget,
    string? TestEventSubscriptionTarget)
{
    /// <summary>Whether subscriptions can filter by severity here.</summary>
    public bool FiltersBySeverity => Severities.Count > 0;

    /// <summary>Reads the document from an accepted answer.</summary>
    /// <param name="answer">The answer of the GET.</param>
    /// <returns>The document.</returns>
    public static EventServiceDocument From(HttpAnswer answer)
    {
        var root = answer.ReadJson();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new Abstractions.DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} answered JSON that is not an object. Check that the address is a Redfish service.") { Endpoint = answer.Endpoint, Operation = answer.Operation };
        }

        return Parse(root, answer.Header("ETag"));
    }

    /// <summary>Reads the document from the resource's JSON.</summary>
    /// <param name="root">The EventService resource.</param>
    /// <param name="etagHeader">The <c>ETag</c> response header, or null.</param>
    /// <returns>The document.</returns>
    public static EventServiceDocument Parse(JsonElement root, string? etagHeader)
    {
        var smtp = root.TryGetProperty(WireNames.Smtp, out var s) && s.ValueKind == JsonValueKind.Object ? s : (JsonElement?)null;
        var severities = root.TryGetProperty(WireNames.Severities, out var sev) && sev.ValueKind == JsonValueKind.Array
            ? sev.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
        var etag = etagHeader ?? Json.Text(root, "@odata.etag");
        return new EventServiceDocument(
            Json.Text(root, "@odata.type") ?? "(no @odata.type)",
            smtp,
            severities,
            etag,
            ActionTarget(root, Endpoints.SubmitTestEventAction),
            ActionTarget(root, Endpoints.TestEventSubscriptionAction));
    }

    private static string? ActionTarget(JsonElement root, string action) =>
        root.TryGetProperty("Actions", out var actions) && actions.ValueKind == JsonValueKind.Object
        && actions.TryGetProperty(action, out var a) && a.ValueKind == JsonValueKind.Object
            ? Json.Text(a, "target")
            : null;
}
