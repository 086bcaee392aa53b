using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.NetApp;

/// <summary>
/// ONTAP's error answers: <c>{"error":{"message":"…","code":"…","target":"…"}}</c> with a 4xx status (rest-ssh-apis.md §5).
/// Codes marked <b>Verified</b> come from NetApp's documentation; the others are <b>assumed</b> by the lab (the driver
/// keys on the error object, never on a code).
/// </summary>
public static class OntapLabErrors
{
    /// <summary>"The validation of the mail server provided failed." (<b>Verified</b>, PATCH /support/ems).</summary>
    public const string MailServerValidationFailed = "983123";

    /// <summary>"entry doesn't exist" (<b>Verified</b>: the generic error example of the ONTAP REST docs).</summary>
    public const string EntryDoesNotExist = "4";

    /// <summary>A field that cannot be set in this operation, e.g. a destination's <c>type</c> in a PATCH (<b>assumed</b>).</summary>
    public const string FieldCannotBeSet = "262196";

    /// <summary>An argument the resource does not have (<b>assumed</b>).</summary>
    public const string UnexpectedArgument = "262179";

    /// <summary>An invalid value (<b>assumed</b>): a malformed address, name or severity.</summary>
    public const string InvalidValue = "983122";

    /// <summary>An object of that name exists already (<b>assumed</b>).</summary>
    public const string DuplicateEntry = "983089";

    /// <summary>A system-defined destination or filter cannot be changed or deleted (<b>assumed</b>).</summary>
    public const string SystemDefined = "983094";

    /// <summary>An error answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="code">The ONTAP code.</param>
    /// <param name="message">The message.</param>
    /// <param name="target">The field or object concerned, or null.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Error(int status, string code, string message, string? target = null)
    {
        var error = new JsonObject { ["message"] = message, ["code"] = code };
        if (target is not null)
        {
            error["target"] = target;
        }

        return LabHttpResponse.Json(status, new JsonObject { ["error"] = error });
    }

    /// <summary>A 400 for a value ONTAP refuses.</summary>
    /// <param name="code">The code.</param>
    /// <param name="message">The message.</param>
    /// <param name="target">The field.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse BadRequest(string code, string message, string? target = null) => Error(400, code, message, target);

    /// <summary>A 404 for a missing object.</summary>
    /// <param name="name">The object's name.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse NotFound(string name) => Error(404, EntryDoesNotExist, "entry doesn't exist", name);

    /// <summary>A 405 for a method the resource does not have.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse MethodNotAllowed(string method) => Error(405, "3", $"The method {method} is not allowed on this resource.");

    /// <summary>The empty success body of a synchronous PATCH or DELETE.</summary>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Ok() => LabHttpResponse.Json(200, new JsonObject());
}
