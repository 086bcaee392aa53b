using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Pure;

/// <summary>
/// FlashArray's error answers: a non-2xx status with <c>{"errors":[{"context":"…","message":"…"}]}</c> (rest-ssh-apis.md §12).
/// The message texts and the statuses (400 for a refused value, 401 for a bad token or session) are <b>assumed</b> by the lab;
/// the driver reads <c>errors[0].message</c>, never the text.
/// </summary>
public static class PureLabErrors
{
    /// <summary>An error answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="context">The object or field concerned.</param>
    /// <param name="message">The message.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Error(int status, string context, string message) =>
        LabHttpResponse.Json(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["context"] = context, ["message"] = message }) });

    /// <summary>A 400 for a refused value.</summary>
    /// <param name="context">The object or field.</param>
    /// <param name="message">The message.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse BadRequest(string context, string message) => Error(400, context, message);

    /// <summary>A 200 with items.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Items(IEnumerable<JsonNode> items)
    {
        var array = new JsonArray([.. items]);
        return LabHttpResponse.Json(200, new JsonObject { ["items"] = array, ["total_item_count"] = array.Count, ["more_items_remaining"] = false });
    }
}
