using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Redfish;

/// <summary>The subscription collection's writes: POST, DELETE, and PATCH of the one writable property, <c>Context</c>.</summary>
public sealed partial class GenericRedfishLabModel
{
    private static readonly string[] ReadOnlyMember = ["@odata.id", "@odata.type", "Id", "Name", "Destination", "Protocol", "Severities", "EventFormatType", "SubscriptionType", "RegistryPrefixes", "ResourceTypes"];

    private LabHttpResponse CreateSubscription(LabHttpRequest request)
    {
        if (ParseBody(request, out var body) is { } malformed)
        {
            return malformed;
        }

        if (RedfishLabSubscriptions.ValidateCreate(body!) is { } invalid)
        {
            return invalid;
        }

        var destination = (string)body!["Destination"]!;
        if (Refuses("Subscriptions", $"created {destination}"))
        {
            return RedfishLabErrors.ValueError("Destination", destination, "#/Destination");
        }

        var member = Accept("Subscriptions", $"created {destination}")
            ? Subscriptions.Create(body)
            : new RedfishLabSubscriptions().Create(body);
        return LabHttpResponse.Json(201, member.DeepClone()).WithHeader("Location", (string)member["@odata.id"]!);
    }

    private LabHttpResponse Subscription(LabHttpRequest request)
    {
        if (Subscriptions.Find(request.Path) is not { } member)
        {
            return RedfishLabErrors.NotFound(request.Path);
        }

        var destination = (string?)member["Destination"] ?? string.Empty;
        switch (request.Method)
        {
            case "GET":
                return LabHttpResponse.Json(200, member.DeepClone());
            case "DELETE":
                if (Refuses("Subscriptions", $"deleted {destination}"))
                {
                    return RedfishLabErrors.Error(400, "Base.1.15.ResourceCannotBeDeleted", "The delete request failed because the resource requested cannot be deleted.", "Do not attempt to delete a non-deletable resource.");
                }

                if (Accept("Subscriptions", $"deleted {destination}"))
                {
                    Subscriptions.Remove(member);
                }

                return LabHttpResponse.Empty(204);
            case "PATCH":
                return PatchSubscription(request, member, destination);
            default:
                return RedfishLabErrors.MethodNotAllowed(request.Method, request.Path);
        }
    }

    private LabHttpResponse PatchSubscription(LabHttpRequest request, JsonObject member, string destination)
    {
        if (ParseBody(request, out var body) is { } malformed)
        {
            return malformed;
        }

        foreach (var (name, value) in body!)
        {
            if (ReadOnlyMember.Contains(name))
            {
                return RedfishLabErrors.PropertyNotWritable(name, "#/" + name);
            }

            if (name != "Context")
            {
                return RedfishLabErrors.PropertyUnknown(name, "#/" + name);
            }

            if (value?.GetValueKind() != JsonValueKind.String)
            {
                return RedfishLabErrors.ValueError(name, value?.ToJsonString() ?? "null", "#/Context");
            }
        }

        if (body["Context"] is { } context && Accept("Subscriptions", $"context of {destination} = {(string)context!}"))
        {
            member["Context"] = context.DeepClone();
        }

        return LabHttpResponse.Json(200, member.DeepClone());
    }
}
