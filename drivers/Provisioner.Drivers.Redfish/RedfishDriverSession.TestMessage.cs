using System.Globalization;
using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish;

/// <summary>
/// The test mail: <c>EventService.SubmitTestEvent</c> with a <c>MessageId</c> (required; pattern
/// <c>^\w+\.\d+\.\d+\.\w+$</c>) and the marker in <c>Message</c>, or <c>TestEventSubscription</c> (no parameters,
/// EventService v1_10_0) when only that is advertised. The service delivers it to its subscriptions,
/// the SMTP ones by mail.
/// </summary>
internal sealed partial class RedfishDriverSession
{
    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test mail");
        var service = await ReadEventServiceAsync(cancellationToken).ConfigureAwait(false);
        if ((await ReadSubscriptionsAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return Failed("redfish.noRecipients", "No SMTP subscription exists, so no test mail can be sent", "Apply the inventory first so the service has recipients.");
        }

        string body;
        string target;
        if (service.SubmitTestEventTarget is { } submit)
        {
            target = submit;
            body = Json.Object(w =>
            {
                w.WriteString("MessageId", Endpoints.TestMessageId);
                w.WriteString("Message", $"Provisioner test alert{(request.Marker is { } m ? " " + m : string.Empty)}: not a real fault.");
                w.WriteString("MessageSeverity", Endpoints.TestMessageSeverity);
                w.WriteString("Severity", Endpoints.TestMessageSeverity);
                w.WriteString("EventType", "Alert");
                w.WriteString("EventId", Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
                w.WriteString("EventTimestamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                w.WriteStartArray("MessageArgs");
                w.WriteEndArray();
                w.WriteString("OriginOfCondition", Endpoints.EventService);
            });
        }
        else if (service.TestEventSubscriptionTarget is { } test)
        {
            target = test;
            body = "{}";
        }
        else
        {
            return Failed("redfish.noTestAction", "The service advertises no test event action", $"{deviceName}'s EventService ({service.ODataType}) lists neither SubmitTestEvent nor TestEventSubscription in Actions.");
        }

        var answer = await connection.SendAsync(HttpMethod.Post, target, body, null, cancellationToken).ConfigureAwait(false);
        return answer.Interpret() switch
        {
            HttpAccepted => new TestMessageResponse { Sent = true, DeviceResult = $"HTTP {answer.StatusCode} from {target}" },
            HttpRejected rejected => new TestMessageResponse
            {
                Sent = false,
                DeviceResult = $"HTTP {answer.StatusCode} {rejected.Messages[0].MessageId}",
                Diagnostics = [SmtpPatch.Rejection(rejected, SettingKey.SmtpEnabled.Name, "the test event", deviceName)],
            },
            _ => Failed("redfish.noTestAction", "The test event action does not exist", $"POST {target} answered 404."),
        };
    }

    private TestMessageResponse Failed(string code, string summary, string detail) =>
        new() { Sent = false, Diagnostics = [Diagnostic.Error(code, summary, detail) with { Device = deviceName }] };
}
