using System.Net.Http;
using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish;

/// <summary>Writing: one <c>PATCH</c> of <c>EventService.SMTP</c> with <c>If-Match</c>, then the subscriptions.</summary>
internal sealed partial class RedfishDriverSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        var service = await ReadEventServiceAsync(cancellationToken).ConfigureAwait(false);
        var smtpChanges = request.Changes.Where(c => WireNames.PropertyOf(c.Key) is not null).ToList();
        if (smtpChanges.Count > 0)
        {
            await PatchSmtpAsync(smtpChanges, service, statuses, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        foreach (var change in request.Changes.Where(c => WireNames.PropertyOf(c.Key) is null))
        {
            if (change.Key.Equals(SettingKey.SmtpRecipients) && change.Value is RecipientsValue recipients)
            {
                statuses[change.Key] = await WriteRecipientsAsync(recipients.Value, service, diagnostics, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                statuses[change.Key] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Warning("redfish.notWritable", $"{change.Key.Name} is not written by this driver", "alerts.minimum_severity is written through the recipients' subscriptions (Severities) or by hand.") with { Device = deviceName, Path = change.Key.Name });
            }
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    private async Task PatchSmtpAsync(List<SettingChange> changes, EventServiceDocument service, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        if (service.Smtp is not { } smtp)
        {
            foreach (var change in changes)
            {
                statuses[change.Key] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Warning("redfish.noSmtp", $"{change.Key.Name} cannot be written: the service has no EventService.SMTP", $"{deviceName}'s EventService is {service.ODataType}.") with { Device = deviceName, Path = change.Key.Name });
            }

            return;
        }

        var writable = new List<SettingChange>();
        foreach (var change in changes)
        {
            var property = WireNames.PropertyOf(change.Key)!;
            if (property != WireNames.Password && !smtp.TryGetProperty(property, out _))
            {
                statuses[change.Key] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Warning("redfish.propertyMissing", $"{change.Key.Name} cannot be written: the service's SMTP object has no {property}", "Set it in the BMC's own interface if it has one.") with { Device = deviceName, Path = change.Key.Name });
            }
            else
            {
                writable.Add(change);
            }
        }

        if (writable.Count == 0)
        {
            return;
        }

        writable.Select(c => c.Value).OfType<SecretValue>().ToList().ForEach(s => connection.AddSecret(s.Value));
        var body = SmtpPatch.Body(writable, smtp);
        var answer = await PatchEventServiceAsync(body, service.ETag, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode == 412)
        {
            var fresh = await ReadEventServiceAsync(cancellationToken).ConfigureAwait(false);
            answer = await PatchEventServiceAsync(body, fresh.ETag, cancellationToken).ConfigureAwait(false);
            if (answer.StatusCode == 412)
            {
                foreach (var change in writable)
                {
                    statuses[change.Key] = WriteStatus.Rejected;
                    diagnostics.Add(Diagnostic.Error("redfish.preconditionFailed", $"The service refused {change.Key.Name}: its ETag changed twice while writing", $"PATCH {Endpoints.EventService} answered 412 PreconditionFailed with the ETag just read, also after reading it again. Someone else may be changing the EventService; retry later.") with { Device = deviceName, Path = change.Key.Name });
                }

                return;
            }
        }

        SmtpPatch.Record(answer.Interpret(), writable, statuses, diagnostics, deviceName);
    }

    private Task<HttpAnswer> PatchEventServiceAsync(string body, string? etag, CancellationToken cancellationToken) =>
        connection.SendAsync(HttpMethod.Patch, Endpoints.EventService, body, etag is null ? null : new Dictionary<string, string> { ["If-Match"] = etag }, cancellationToken);

    private async Task<WriteStatus> WriteRecipientsAsync(IReadOnlyList<Recipient> wanted, EventServiceDocument service, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var key = SettingKey.SmtpRecipients;
        var unrepresentable = service.FiltersBySeverity
            ? wanted.Select((r, i) => (r, i)).Where(p => SeverityMap.ToSeverities(p.r.MinimumSeverity ?? AlertSeverity.Warning, service.Severities) is not { Count: > 0 }).ToList()
            : [];
        if (unrepresentable.Count > 0)
        {
            foreach (var (recipient, index) in unrepresentable)
            {
                diagnostics.Add(Diagnostic.Error("redfish.severityUnrepresentable", $"{recipient.Address}: Redfish cannot filter at {recipient.MinimumSeverity}", $"Subscriptions filter on Resource.Health (OK, Warning, Critical); the service advertises {string.Join(", ", service.Severities)}. Use informational, warning or critical.") with { Device = deviceName, Path = key.PathAt(index) });
            }

            return WriteStatus.Rejected;
        }

        var plan = SubscriptionPlan.Compute(await ReadSubscriptionsAsync(cancellationToken).ConfigureAwait(false), wanted, service.FiltersBySeverity);
        foreach (var subscription in plan.Deletes)
        {
            var answer = await connection.SendAsync(HttpMethod.Delete, subscription.Path, null, null, cancellationToken).ConfigureAwait(false);
            if (answer.Interpret() is HttpRejected rejected)
            {
                diagnostics.Add(SmtpPatch.Rejection(rejected, key.Name, $"deleting the subscription for {subscription.Address}", deviceName));
                return WriteStatus.Rejected;
            }
        }

        foreach (var (index, recipient) in plan.Creates)
        {
            var body = Json.Object(w =>
            {
                w.WriteString("Destination", Endpoints.MailtoScheme + recipient.Address);
                w.WriteString("Protocol", Endpoints.SmtpProtocol);
                w.WriteString("Context", Endpoints.SubscriptionContext);
                if (service.FiltersBySeverity)
                {
                    w.WriteStartArray(WireNames.Severities);
                    SeverityMap.ToSeverities(recipient.MinimumSeverity ?? AlertSeverity.Warning, service.Severities)!.ToList().ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                }
            });
            var answer = await connection.SendAsync(HttpMethod.Post, Endpoints.Subscriptions, body, null, cancellationToken).ConfigureAwait(false);
            if (answer.Interpret() is HttpRejected rejected)
            {
                diagnostics.Add(SmtpPatch.Rejection(rejected, key.PathAt(index), $"creating the subscription for {recipient.Address}", deviceName));
                return WriteStatus.Rejected;
            }
        }

        return WriteStatus.Applied;
    }
}
