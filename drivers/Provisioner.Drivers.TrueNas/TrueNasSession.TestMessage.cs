using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// The test mail: <c>mail.send({subject, text, to})</c> to the driver's recipients through the stored mail settings. It is
/// a job: the driver polls <c>core.get_jobs</c> until the job ends and reports its state. Success is state
/// <c>SUCCESS</c>, not the result (<c>true</c> up to 25.10, <c>null</c> on 26.x: addendum §7).
/// </summary>
internal sealed partial class TrueNasSession
{
    /// <inheritdoc/>
    public async ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("test mail");
        await EnsureVersionAsync(cancellationToken).ConfigureAwait(false);
        var recipients = (await services.ReadAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Email).ToList();
        if (recipients.Count == 0)
        {
            return NotSent(null, "truenas.noRecipients", "TrueNAS has no 'Provisioner mail' alert service, so no test mail can be sent", "Apply the inventory first so the device has recipients.");
        }

        var subject = request.Marker is { Length: > 0 } marker ? $"Provisioner test alert {marker}" : "Provisioner test alert";
        var message = new JsonObject
        {
            ["subject"] = subject,
            ["text"] = $"Test alert e-mail from {device}, sent by Provisioner through the TrueNAS mail settings.{(request.Marker is { } m ? " Marker: " + m : string.Empty)}",
            ["to"] = new JsonArray([.. recipients.Select(r => (JsonNode)r)]),
        };
        var sent = await channel.CallAsync(Methods.MailSend, [message], cancellationToken).ConfigureAwait(false);
        if (!sent.Succeeded)
        {
            return NotSent(null, "truenas.testMailRefused", $"TrueNAS refused mail.send: {sent.Describe()}", $"{sent.Operation} at {channel.Endpoint}.");
        }

        if (!sent.Result.TryGetInt64(out var job))
        {
            throw new DeviceProtocolException($"{sent.Operation} at {channel.Endpoint} answered no job id. Check the TrueNAS version.") { Endpoint = channel.Endpoint, Operation = sent.Operation };
        }

        return await WaitForJobAsync(job, request.WaitForResult, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TestMessageResponse> WaitForJobAsync(long job, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + wait;
        var filter = new JsonArray(new JsonArray(new JsonArray("id", "=", job)));
        while (true)
        {
            var answer = await CallOrThrowAsync(Methods.GetJobs, filter, cancellationToken).ConfigureAwait(false);
            var state = answer.Result.ValueKind == JsonValueKind.Array && answer.Result.GetArrayLength() == 1 && answer.Result[0].TryGetProperty("state", out var s) ? s.GetString() : null;
            var jobText = string.Create(CultureInfo.InvariantCulture, $"mail.send job {job}");
            switch (state)
            {
                case "SUCCESS":
                    var result = answer.Result[0].TryGetProperty("result", out var r) ? r.GetRawText() : "null";
                    return new TestMessageResponse { Sent = true, DeviceResult = $"{jobText} SUCCESS (result {result}) over {GenerationText}" };
                case "FAILED" or "ABORTED":
                    var error = answer.Result[0].TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "no error text";
                    return NotSent($"{jobText} {state}", "truenas.testMailFailed", $"TrueNAS could not send the test mail: {scrubber.Scrub(error)}", "Check smtp.relay, smtp.port, smtp.security, the SMTP AUTH user and password, and the relay's allowed ranges.");
                case null:
                    throw new DeviceProtocolException($"{answer.Operation} at {channel.Endpoint} did not answer {jobText}. Check the TrueNAS version.") { Endpoint = channel.Endpoint, Operation = answer.Operation };
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return NotSent($"{jobText} {state}", "truenas.testMailPending", $"The test-mail job was still {state} after {wait.TotalSeconds:0} s", "The device may still send it (failed mails are queued and retried); check the capture or the relay's log.");
            }

            await Task.Delay(TrueNasAssumptions.JobPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private TestMessageResponse NotSent(string? result, string code, string summary, string detail) => new()
    {
        Sent = false,
        DeviceResult = result,
        Diagnostics = [Diagnostic.Error(code, summary, detail) with { Device = device }],
    };
}
