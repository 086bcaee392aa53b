using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Hpe;

/// <summary>
/// iLO's answer bodies: an <c>error</c> object with code <c>iLO.0.10.ExtendedInfo</c> and extended info holding only
/// MessageId and MessageArgs, also for a success (HTTP 200, <c>Base.1.12.Success</c>; HPEDevCom/redfishdocs
/// <c>docs/concepts/errorresponses.md</c>, rest-ssh-apis.md §2b).
/// </summary>
public static class IloLabErrors
{
    /// <summary>The success MessageId iLO 5 sends (Verified).</summary>
    public const string Success = "Base.1.12.Success";

    /// <summary>AlertMail is off; iLO 5 3.09 numbering (Verified id, addendum §4). The HTTP status 400 is <b>assumed</b>.</summary>
    public const string AlertMailFeatureDisabled = "iLO.2.25.AlertMailFeatureDisabled";

    /// <summary>A property value iLO refuses (too long, not one address, an enable rule broken). <b>Assumed</b> id.</summary>
    public const string PropertyValueBadParam = "iLO.2.25.PropertyValueBadParam";

    /// <summary>A value of the wrong JSON type (Base registry, as iLO uses for type errors). <b>Assumed</b> for iLO.</summary>
    public const string PropertyValueTypeError = "Base.1.12.PropertyValueTypeError";

    /// <summary>A property the lab model does not know. <b>Assumed</b> for iLO.</summary>
    public const string PropertyUnknown = "Base.1.12.PropertyUnknown";

    /// <summary>The HTTP 200 answer of a successful PATCH or action.</summary>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Ok() => LabHttpResponse.Json(200, Body(Success));

    /// <summary>An HTTP 400 with one iLO message.</summary>
    /// <param name="messageId">The MessageId.</param>
    /// <param name="args">The MessageArgs (the property first, where there is one).</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse BadRequest(string messageId, params string[] args) => LabHttpResponse.Json(400, Body(messageId, args));

    private static JsonObject Body(string messageId, params string[] args)
    {
        var message = new JsonObject { ["MessageId"] = messageId };
        if (args.Length > 0)
        {
            message["MessageArgs"] = new JsonArray([.. args.Select(a => (JsonNode)JsonValue.Create(a))]);
        }

        return new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = "iLO.0.10.ExtendedInfo",
                ["message"] = "See @Message.ExtendedInfo for more information.",
                ["@Message.ExtendedInfo"] = new JsonArray(message),
            },
        };
    }
}
