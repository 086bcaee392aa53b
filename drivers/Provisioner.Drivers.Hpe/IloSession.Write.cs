using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Hpe;

/// <summary>The write half of <see cref="IloSession"/>: one PATCH, iLO's success-in-an-error-object answer, restore.</summary>
internal sealed partial class IloSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWritable("a write");
        var state = lastRead ?? await GetStateAsync(cancellationToken).ConfigureAwait(false);
        var patch = AlertMailPatch.For(request.Changes, state);
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        foreach (var (key, warning) in patch.Unsupported)
        {
            statuses[key] = WriteStatus.NotSupported;
            diagnostics.Add(warning);
        }

        if (patch.Refused.Count > 0)
        {
            foreach (var (key, error) in patch.Refused)
            {
                statuses[key] = WriteStatus.Rejected;
                diagnostics.Add(error);
            }

            patch.Planned.Keys.ToList().ForEach(k => statuses[k] = WriteStatus.NotAttempted);
            return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
        }

        if (!patch.IsEmpty)
        {
            patch.Secrets.ForEach(connection.AddSecret);
            var answer = await PatchAsync(patch, state, cancellationToken).ConfigureAwait(false);
            Judge(answer, patch, statuses, diagnostics);
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWritable("a restore");
        if (request.Snapshot.DriverState is not AlertMailState saved)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("restore.foreign", "The snapshot was not taken by the hpe.ilo5 driver", "Restore it with the driver that took it.")] };
        }

        var patch = AlertMailPatch.Restoring(saved);
        var answer = await PatchAsync(patch, lastRead ?? await GetStateAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        Judge(answer, patch, statuses, diagnostics);
        var restored = answer.StatusCode is >= 200 and < 300;
        if (restored && saved.AuthEnabled)
        {
            diagnostics.Add(Diagnostic.Warning("restore.password", "The SMTP password was not restored", "iLO never shows AlertMailSMTPAuthPw, so the snapshot cannot hold it; the iLO keeps the password written last.") with { Path = SettingKey.SmtpAuthPassword.Name });
        }

        return new RestoreResponse { Restored = restored, Diagnostics = diagnostics };
    }

    /// <summary>Sends the PATCH with the ETag read; on 412 (changed meanwhile) reads again and sends once more.</summary>
    private async Task<HttpAnswer> PatchAsync(AlertMailPatch patch, AlertMailState state, CancellationToken cancellationToken)
    {
        lastRead = null;
        var answer = await SendPatchAsync(patch, state.ETag, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode == 412)
        {
            var fresh = await GetStateAsync(cancellationToken).ConfigureAwait(false);
            lastRead = null;
            answer = await SendPatchAsync(patch, fresh.ETag, cancellationToken).ConfigureAwait(false);
        }

        return answer;
    }

    private Task<HttpAnswer> SendPatchAsync(AlertMailPatch patch, string? etag, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Patch, Endpoints.NetworkProtocol, patch.Body(), etag is null ? null : new Dictionary<string, string> { ["If-Match"] = etag }, cancellationToken);

    /// <summary>
    /// Sorts the answer: 2xx is applied (iLO answers 200 with an <c>error</c> object whose MessageId is
    /// <c>Base.1.x.Success</c>); 400/422 is rejected, blaming the properties the messages name.
    /// </summary>
    private static void Judge(HttpAnswer answer, AlertMailPatch patch, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics)
    {
        var messages = IloMessage.Parse(answer.Body).Select(m => Scrub(m, patch)).ToList();
        if (answer.StatusCode is >= 200 and < 300)
        {
            patch.Planned.Keys.ToList().ForEach(k => statuses[k] = WriteStatus.Applied);
            foreach (var message in messages.Where(m => !m.IsSuccess))
            {
                // IloAssumptions.NonSuccessMessageIn2xxIsApplied: the read-back decides.
                diagnostics.Add(Diagnostic.Warning("write.device-message", "iLO accepted the change with a message", $"{answer.Operation} answered HTTP {answer.StatusCode} with {message.Describe()}."));
            }

            return;
        }

        if (answer.StatusCode == 404)
        {
            foreach (var key in patch.Planned.Keys)
            {
                statuses[key] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Warning("write.not-supported", $"{key.Name}: the iLO has no {Endpoints.NetworkProtocol}", $"{answer.Operation} answered HTTP 404; this firmware does not offer AlertMail over Redfish.") with { Path = key.Name });
            }

            return;
        }

        if (answer.StatusCode is not (400 or 409 or 422))
        {
            answer.Interpret();
            throw new DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} answered HTTP {answer.StatusCode}.") { Endpoint = answer.Endpoint, Operation = answer.Operation };
        }

        Reject(answer, patch, messages, statuses, diagnostics);
    }

    private static void Reject(HttpAnswer answer, AlertMailPatch patch, List<IloMessage> messages, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics)
    {
        if (messages.Count == 0)
        {
            messages.Add(new IloMessage($"HTTP {answer.StatusCode}", [], [], "no @Message.ExtendedInfo"));
        }

        // IloAssumptions.RefusalNamesPropertyInArgs: match MessageArgs and RelatedProperties to the properties sent.
        var blamed = messages.ToDictionary(m => m, m => patch.Planned.Where(p => p.Value.Any(name => Names(m, name))).Select(p => p.Key).ToList());
        var anyNamed = blamed.Values.Any(keys => keys.Count > 0);
        foreach (var (message, keys) in blamed)
        {
            foreach (var key in anyNamed ? keys : [.. patch.Planned.Keys])
            {
                statuses[key] = WriteStatus.Rejected;
                diagnostics.Add(Diagnostic.Error("write.rejected", $"iLO refused {key.Name}", $"{answer.Operation} answered HTTP {answer.StatusCode} with {message.Describe()}. AlertMail rules: AlertMailEnabled needs a recipient, a sender domain and a relay; SMTP authentication needs the secure connection, a user and a password; addresses and the relay have at most {Endpoints.MaxFieldLength} characters.") with { Path = key.Name });
            }
        }

        foreach (var key in patch.Planned.Keys.Where(k => !statuses.ContainsKey(k)))
        {
            statuses[key] = WriteStatus.NotAttempted;
        }
    }

    private static bool Names(IloMessage message, string property) =>
        message.Args.Any(a => a.Equals(property, StringComparison.Ordinal) || a.EndsWith("/" + property, StringComparison.Ordinal) || a.EndsWith("." + property, StringComparison.Ordinal))
        || message.RelatedProperties.Any(p => p.EndsWith("/" + property, StringComparison.Ordinal));

    private static IloMessage Scrub(IloMessage message, AlertMailPatch patch)
    {
        string Clean(string text) => patch.Secrets.Where(s => s.Length > 0).Aggregate(text, (t, s) => t.Replace(s.Reveal(), Secret.Redacted, StringComparison.Ordinal));
        return message with { Args = [.. message.Args.Select(Clean)], Text = Clean(message.Text) };
    }
}
