using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Devices.Redfish;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Dell;

/// <summary>
/// Checks one attribute of a <c>PATCH …/DellAttributes/iDRAC.Embedded.1</c> against the registry, answering as
/// the iDRAC does: a 400 Redfish error whose <c>RelatedProperties</c> is <c>#/Attributes/&lt;name&gt;</c>.
/// </summary>
internal static class IdracLabValidation
{
    /// <summary>The refusal for <paramref name="value"/>, or null when the registry allows it.</summary>
    /// <param name="name">The attribute name as sent.</param>
    /// <param name="attribute">The registry entry, or null when this generation has no such attribute.</param>
    /// <param name="value">The value sent.</param>
    /// <returns>The 400 answer, or null.</returns>
    public static LabHttpResponse? Check(string name, IdracLabAttribute? attribute, JsonNode? value)
    {
        var pointer = Pointer(name);
        if (attribute is null)
        {
            return RedfishLabErrors.PropertyUnknown(name, pointer);
        }

        if (attribute.ReadOnly)
        {
            return RedfishLabErrors.PropertyNotWritable(name, pointer);
        }

        var text = value?.ToJsonString() ?? "null";
        switch (attribute.Type)
        {
            case "Integer":
                if (value is not JsonValue number || number.GetValueKind() != JsonValueKind.Number || !number.TryGetValue<long>(out var n))
                {
                    return RedfishLabErrors.ValueError(name, text, pointer);
                }

                if (n < attribute.LowerBound || n > attribute.UpperBound)
                {
                    return RedfishLabErrors.Error(
                        400,
                        "Base.1.15.PropertyValueOutOfRange",
                        string.Create(CultureInfo.InvariantCulture, $"The value '{n}' for the property {name} is not in the supported range of acceptable values."),
                        "Correct the value for the property in the request body and resubmit the request if the operation failed.",
                        pointer);
                }

                return null;
            case "Enumeration":
                if (value is not JsonValue choice || choice.GetValueKind() != JsonValueKind.String)
                {
                    return RedfishLabErrors.ValueError(name, text, pointer);
                }

                return attribute.Values.Contains(choice.GetValue<string>(), StringComparer.Ordinal) ? null : RedfishLabErrors.ValueNotInList(name, choice.GetValue<string>(), pointer);
            default:
                if (value is not JsonValue s || s.GetValueKind() != JsonValueKind.String)
                {
                    return RedfishLabErrors.ValueError(name, attribute.Type == "Password" ? "***" : text, pointer);
                }

                return s.GetValue<string>().Length > attribute.MaxLength
                    ? RedfishLabErrors.Error(400, "Base.1.15.PropertyValueIncorrect", $"The value provided for the property {name} is longer than {attribute.MaxLength} characters.", "Correct the value for the property in the request body and resubmit the request if the operation failed.", pointer)
                    : null;
        }
    }

    /// <summary>The JSON pointer of an attribute in the request body.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>E.g. <c>#/Attributes/RemoteHosts.1.SMTPPort</c>.</returns>
    public static string Pointer(string name) => $"#/Attributes/{name}";
}
