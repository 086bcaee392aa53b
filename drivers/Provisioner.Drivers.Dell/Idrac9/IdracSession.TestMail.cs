using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// The test e-mail: <c>DelliDRACCardService.SendTestEmailAlert</c> with <see cref="Assumptions.SendTestEmailBody"/>;
/// when that answers 400 (or 404), <c>EventService.SubmitTestEvent</c> with <see cref="Assumptions.SubmitTestEventBody"/>
/// (addendum §3). The iDRAC answers when the relay has taken the mail or refused it; there is no result to poll.
/// </summary>
internal sealed partial class IdracSession
{
    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test mail");
        var dell = await connection.SendAsync(HttpMethod.Post, Endpoints.SendTestEmailAlert, Assumptions.SendTestEmailBody, null, cancellationToken).ConfigureAwait(false);
        var first = dell.Interpret();
        if (first is HttpAccepted)
        {
            return new TestMessageResponse { Sent = true, DeviceResult = $"SendTestEmailAlert: HTTP {dell.StatusCode}" };
        }

        var fallback = await connection.SendAsync(HttpMethod.Post, Endpoints.SubmitTestEvent, Assumptions.SubmitTestEventBody, null, cancellationToken).ConfigureAwait(false);
        var second = fallback.Interpret();
        if (second is HttpAccepted)
        {
            return new TestMessageResponse { Sent = true, DeviceResult = $"SendTestEmailAlert: HTTP {dell.StatusCode}; SubmitTestEvent: HTTP {fallback.StatusCode}" };
        }

        return new TestMessageResponse
        {
            Sent = false,
            DeviceResult = $"SendTestEmailAlert: HTTP {dell.StatusCode}; SubmitTestEvent: HTTP {fallback.StatusCode}",
            Diagnostics =
            [
                Diagnostic.Error(
                    "idrac.testMailFailed",
                    "The iDRAC did not send the test e-mail",
                    $"{Describe(first)} {Describe(second)} Check that alerts are enabled (smtp.enabled), that a recipient slot is in use, and the relay's log.")
                    with { Device = device, Path = SettingKey.SmtpRecipients.Name },
            ],
        };
    }

    private static string Describe(HttpOutcome outcome) => outcome switch
    {
        HttpRejected r => $"{r.Answer.Operation} answered HTTP {r.Answer.StatusCode}: {string.Join(" ", r.Messages.Select(m => m.Message))}",
        _ => $"{outcome.Answer.Operation} answered HTTP {outcome.Answer.StatusCode}.",
    };
}
