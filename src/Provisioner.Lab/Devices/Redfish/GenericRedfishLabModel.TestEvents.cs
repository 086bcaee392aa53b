using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Redfish;

/// <summary>
/// The test actions: the service answers 204 at once and mails every SMTP subscription through the SMTP
/// settings (for real, to the lab's capture). <c>SubmitTestEvent</c> needs a <c>MessageId</c> matching
/// <c>^\w+\.\d+\.\d+\.\w+$</c> and honours each subscription's <c>Severities</c>; <c>TestEventSubscription</c>
/// (no parameters) goes to every destination. With SMTP off the service refuses: Base <c>ServiceDisabled</c>.
/// </summary>
public sealed partial class GenericRedfishLabModel
{
    private LabHttpResponse SubmitTestEvent(LabHttpRequest request)
    {
        if (ParseBody(request, out var body) is { } malformed)
        {
            return malformed;
        }

        if (body!["MessageId"] is not JsonValue id || id.GetValueKind() != JsonValueKind.String)
        {
            return RedfishLabErrors.Error(400, "Base.1.15.ActionParameterMissing", "The action SubmitTestEvent requires the parameter MessageId to be present in the request body.", "Supply the action with the required parameter in the request body when the request is resubmitted.", "#/MessageId");
        }

        var messageId = id.GetValue<string>();
        if (!MessageIdPattern().IsMatch(messageId))
        {
            return RedfishLabErrors.Error(400, "Base.1.15.ActionParameterValueFormatError", $"The value '{messageId}' for the parameter MessageId in the action SubmitTestEvent is of a different format than the parameter can accept.", "Correct the value for the parameter in the request body and resubmit the request if the operation failed.", "#/MessageId");
        }

        var severity = Text(body, "MessageSeverity") ?? Text(body, "Severity");
        return Deliver(messageId, Text(body, "Message") ?? "Test event.", severity);
    }

    private LabHttpResponse TestEventSubscription() => Deliver("ResourceEvent.1.3.TestMessage", "Test message.", null);

    private LabHttpResponse Deliver(string messageId, string message, string? severity)
    {
        if (!EventServiceEnabled || !Smtp.ServiceEnabled)
        {
            return RedfishLabErrors.Error(400, "Base.1.15.ServiceDisabled", $"The operation failed because the service at {EventServicePath}{(EventServiceEnabled ? "#/SMTP" : string.Empty)} is disabled and cannot accept requests.", "Enable the service and resubmit the request if the operation failed.");
        }

        foreach (var (address, severities) in Subscriptions.SmtpRecipients)
        {
            if (severity is not null && severities is { Count: > 0 } && !severities.Contains(severity, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            _ = Mailer.SendAsync(Smtp.ServerAddress, (int)Smtp.Port, Smtp.FromAddress, [address], $"[{Name}] Redfish event {messageId}", $"{message}\r\nMessageId: {messageId}\r\nSeverity: {severity ?? "OK"}\r\n");
        }

        return LabHttpResponse.Empty(204);
    }

    private static string? Text(JsonObject body, string name) => body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [GeneratedRegex(@"^\w+\.\d+\.\d+\.\w+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MessageIdPattern();
}
