using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Hpe;

/// <summary>Snapshot and test alert mail of <see cref="IloSession"/>.</summary>
internal sealed partial class IloSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = lastRead ?? await GetStateAsync(cancellationToken).ConfigureAwait(false);
        return new SnapshotResponse { Snapshot = new DeviceSnapshot { Values = AlertMailObservations.All(state), DriverState = state } };
    }

    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWritable("a test alert mail");
        var answer = await connection.SendAsync(HttpMethod.Post, Endpoints.SendTestAlertMail, Endpoints.SendTestAlertMailBody, null, cancellationToken).ConfigureAwait(false);
        var messages = IloMessage.Parse(answer.Body);
        var result = messages.Count > 0 ? string.Join("; ", messages.Select(m => m.Describe())) : $"HTTP {answer.StatusCode}";
        if (answer.StatusCode is >= 200 and < 300)
        {
            // iLO queues the mail and answers at once; whether the relay took it shows only in the iLO event log.
            return new TestMessageResponse { Sent = true, DeviceResult = result };
        }

        if (messages.FirstOrDefault(m => m.IsAlertMailDisabled) is { } disabled)
        {
            return Failed(result, Diagnostic.Error(
                "test.alertmail-disabled",
                "AlertMail is disabled on the iLO, so it sends no test mail",
                $"iLO answered {disabled.MessageId} (\"AlertMail feature is disabled\"). Enable AlertMail (smtp.enabled: true; iLO needs a recipient, a sender domain and a relay for it) with 'provisioner apply', then send the test again.") with { Path = SettingKey.SmtpEnabled.Name });
        }

        if (answer.StatusCode == 404)
        {
            return Failed(result, Diagnostic.Error("test.not-supported", "The iLO has no SendTestAlertMail action", $"{answer.Operation} answered HTTP 404; this firmware cannot send a test alert mail over Redfish."));
        }

        if (answer.StatusCode is not (400 or 409 or 422))
        {
            answer.Interpret();
        }

        return Failed(result, Diagnostic.Error("test.refused", "The iLO refused to send a test alert mail", $"{answer.Operation} answered HTTP {answer.StatusCode} with {result}."));
    }

    private static TestMessageResponse Failed(string result, Diagnostic diagnostic) =>
        new() { Sent = false, DeviceResult = result, Diagnostics = [diagnostic] };
}
