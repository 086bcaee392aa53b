using System.Net.Http;
using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish;

/// <summary>Snapshot and restore: the SMTP object's readable properties and the SMTP subscriptions.</summary>
internal sealed partial class RedfishDriverSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var service = await ReadEventServiceAsync(cancellationToken).ConfigureAwait(false);
        var subscriptions = await ReadSubscriptionsAsync(cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticList();
        var values = new Dictionary<SettingKey, Observed>();
        foreach (var key in SettingKey.All.Where(k => WireNames.PropertyOf(k) is not null))
        {
            values[key] = SmtpReader.Read(key, service, diagnostics);
        }

        values[SettingKey.SmtpRecipients] = new Observed.Known(new RecipientsValue(
            [.. subscriptions.Select(s => new Recipient(s.Address, SeverityMap.ToLevel(s.Severities, service.FiltersBySeverity)))]));
        return new SnapshotResponse
        {
            Snapshot = new DeviceSnapshot { Values = values, DriverState = new RedfishSnapshot(service.Smtp?.Clone(), subscriptions) },
            Diagnostics = diagnostics,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not RedfishSnapshot snapshot)
        {
            throw new ArgumentException("The snapshot was not taken by the redfish driver.", nameof(request));
        }

        var diagnostics = new DiagnosticList();
        var service = await ReadEventServiceAsync(cancellationToken).ConfigureAwait(false);
        var restored = await RestoreSmtpAsync(snapshot, service, diagnostics, cancellationToken).ConfigureAwait(false);
        restored &= await RestoreSubscriptionsAsync(snapshot, diagnostics, cancellationToken).ConfigureAwait(false);
        if (request.Snapshot.Values.ContainsKey(SettingKey.SmtpAuthPassword))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "redfish.passwordNotRestored", "The SMTP password cannot be put back", "Redfish never returns SMTP.Password, so a restore leaves the password as the last write set it.") { Device = deviceName, Path = SettingKey.SmtpAuthPassword.Name });
        }

        return new RestoreResponse { Restored = restored, Diagnostics = diagnostics };
    }

    private async Task<bool> RestoreSmtpAsync(RedfishSnapshot snapshot, EventServiceDocument service, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        if (snapshot.Smtp is not { } before || service.Smtp is not { } now)
        {
            return true;
        }

        var differing = RedfishSnapshot.Restorable
            .Where(p => before.TryGetProperty(p, out var old) && (!now.TryGetProperty(p, out var cur) || !JsonElement.DeepEquals(old, cur)))
            .ToList();
        if (differing.Count == 0)
        {
            return true;
        }

        var body = Json.Object(w =>
        {
            w.WriteStartObject(WireNames.Smtp);
            differing.ForEach(p =>
            {
                w.WritePropertyName(p);
                before.GetProperty(p).WriteTo(w);
            });
            w.WriteEndObject();
        });
        var answer = await PatchEventServiceAsync(body, service.ETag, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode == 412)
        {
            answer = await PatchEventServiceAsync(body, (await ReadEventServiceAsync(cancellationToken).ConfigureAwait(false)).ETag, cancellationToken).ConfigureAwait(false);
        }

        if (answer.StatusCode == 412 || answer.Interpret() is not HttpAccepted)
        {
            diagnostics.Add(Diagnostic.Error("redfish.restoreFailed", "The service refused to put the SMTP settings back", $"PATCH {Endpoints.EventService} of {string.Join(", ", differing)} answered HTTP {answer.StatusCode}.") with { Device = deviceName });
            return false;
        }

        return true;
    }

    private async Task<bool> RestoreSubscriptionsAsync(RedfishSnapshot snapshot, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var current = await ReadSubscriptionsAsync(cancellationToken).ConfigureAwait(false);
        var kept = current.Where(c => snapshot.Subscriptions.Any(s => s.Path == c.Path)).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in current.Where(c => !kept.Contains(c.Path)))
        {
            if ((await connection.SendAsync(HttpMethod.Delete, extra.Path, null, null, cancellationToken).ConfigureAwait(false)).Interpret() is not HttpAccepted)
            {
                diagnostics.Add(Diagnostic.Error("redfish.restoreFailed", $"The service refused to delete the subscription for {extra.Address}", $"DELETE {extra.Path} failed while restoring.") with { Device = deviceName, Path = SettingKey.SmtpRecipients.Name });
                return false;
            }
        }

        foreach (var missing in snapshot.Subscriptions.Where(s => !kept.Contains(s.Path)))
        {
            var body = Json.Object(w =>
            {
                w.WriteString("Destination", Endpoints.MailtoScheme + missing.Address);
                w.WriteString("Protocol", Endpoints.SmtpProtocol);
                w.WriteString("Context", missing.Context ?? Endpoints.SubscriptionContext);
                if (missing.Severities is { } severities)
                {
                    w.WriteStartArray(WireNames.Severities);
                    severities.ToList().ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                }
            });
            if ((await connection.SendAsync(HttpMethod.Post, Endpoints.Subscriptions, body, null, cancellationToken).ConfigureAwait(false)).Interpret() is not HttpAccepted)
            {
                diagnostics.Add(Diagnostic.Error("redfish.restoreFailed", $"The service refused to re-create the subscription for {missing.Address}", "POST to the subscription collection failed while restoring.") with { Device = deviceName, Path = SettingKey.SmtpRecipients.Name });
                return false;
            }
        }

        return true;
    }
}
