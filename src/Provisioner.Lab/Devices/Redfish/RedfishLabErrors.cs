using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Redfish;

/// <summary>
/// Redfish error answers as services send them: <c>{"error":{"code","message","@Message.ExtendedInfo":[…]}}</c>
/// with Base registry message ids (DSP0266 and the Base message registry).
/// </summary>
public static class RedfishLabErrors
{
    /// <summary>A general error with one extended message.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="messageId">E.g. <c>Base.1.15.PropertyValueNotInList</c>.</param>
    /// <param name="message">The human message.</param>
    /// <param name="resolution">What the client should do.</param>
    /// <param name="relatedProperties">JSON pointers of the properties concerned, e.g. <c>#/SMTP/Port</c>.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Error(int status, string messageId, string message, string resolution, params string[] relatedProperties) =>
        LabHttpResponse.Json(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = "Base.1.15.GeneralError",
                ["message"] = "A general error has occurred. See ExtendedInfo for more information.",
                ["@Message.ExtendedInfo"] = new JsonArray(new JsonObject
                {
                    ["@odata.type"] = "#Message.v1_1_1.Message",
                    ["MessageId"] = messageId,
                    ["Message"] = message,
                    ["RelatedProperties"] = new JsonArray([.. relatedProperties.Select(p => (JsonNode)JsonValue.Create(p))]),
                    ["Severity"] = "Warning",
                    ["MessageSeverity"] = "Warning",
                    ["Resolution"] = resolution,
                }),
            },
        });

    /// <summary>400: a value outside the allowed list.</summary>
    /// <param name="property">The property name, e.g. <c>ConnectionProtocol</c>.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="jsonPath">The JSON pointer, e.g. <c>#/SMTP/ConnectionProtocol</c>.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse ValueNotInList(string property, string value, string jsonPath) =>
        Error(400, "Base.1.15.PropertyValueNotInList", $"The value '{value}' for the property {property} is not in the list of acceptable values.", "Choose a value from the enumeration list that the implementation can support and resubmit the request if the operation failed.", jsonPath);

    /// <summary>400: a value of the wrong type or format.</summary>
    /// <param name="property">The property name.</param>
    /// <param name="value">The value sent.</param>
    /// <param name="jsonPath">The JSON pointer.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse ValueError(string property, string value, string jsonPath) =>
        Error(400, "Base.1.15.PropertyValueFormatError", $"The value '{value}' for the property {property} is of a different format than the property can accept.", "Correct the value for the property in the request body and resubmit the request if the operation failed.", jsonPath);

    /// <summary>400: a property the service does not know.</summary>
    /// <param name="property">The property name.</param>
    /// <param name="jsonPath">The JSON pointer.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse PropertyUnknown(string property, string jsonPath) =>
        Error(400, "Base.1.15.PropertyUnknown", $"The property {property} is not in the list of valid properties for the resource.", "Remove the unknown property from the request body and resubmit the request if the operation failed.", jsonPath);

    /// <summary>400: a read-only property in a write.</summary>
    /// <param name="property">The property name.</param>
    /// <param name="jsonPath">The JSON pointer.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse PropertyNotWritable(string property, string jsonPath) =>
        Error(400, "Base.1.15.PropertyNotWritable", $"The property {property} is a read only property and cannot be assigned a value.", "Remove the property from the request body and resubmit the request if the operation failed.", jsonPath);

    /// <summary>400: the body is not JSON of the expected shape.</summary>
    /// <returns>The answer.</returns>
    public static LabHttpResponse MalformedJson() =>
        Error(400, "Base.1.15.MalformedJSON", "The request body submitted was malformed JSON and could not be parsed by the receiving service.", "Ensure that the request body is valid JSON and resubmit the request.");

    /// <summary>404: no such resource.</summary>
    /// <param name="path">The path asked for.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse NotFound(string path) =>
        Error(404, "Base.1.15.ResourceNotFound", $"The requested resource of type Resource named '{path}' was not found.", "Provide a valid resource identifier and resubmit the request.");

    /// <summary>405: the method is not allowed on the resource.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse MethodNotAllowed(string method, string path) =>
        Error(405, "Base.1.15.OperationNotAllowed", $"The HTTP method {method} is not allowed on {path}.", "Do not repeat the request.");

    /// <summary>412: the <c>If-Match</c> ETag is not the resource's.</summary>
    /// <returns>The answer.</returns>
    public static LabHttpResponse PreconditionFailed() =>
        Error(412, "Base.1.15.PreconditionFailed", "The ETag supplied did not match the ETag required to change this resource.", "Try the operation again using the appropriate ETag.");

    /// <summary>401: no valid session or credentials.</summary>
    /// <returns>The answer.</returns>
    public static LabHttpResponse NoValidSession() =>
        Error(401, "Base.1.15.NoValidSession", "There is no valid session established with the implementation.", "Establish a session before attempting any operations.")
            .WithHeader("WWW-Authenticate", "Basic realm=\"Redfish\"");
}
