using System.Net.Http;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Pure;

/// <summary>Writing: the <c>smtp-servers</c> changes in one PATCH, then the alert watchers.</summary>
internal sealed partial class PureSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        var smtpChanges = request.Changes.Where(c => SmtpKeys.Contains(c.Key)).ToList();
        if (smtpChanges.Count > 0)
        {
            await WriteSmtpAsync(smtpChanges, statuses, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        var recipients = request.Changes.FirstOrDefault(c => c.Key.Equals(SettingKey.SmtpRecipients))?.Value as RecipientsValue;
        var enabled = request.Changes.FirstOrDefault(c => c.Key.Equals(SettingKey.SmtpEnabled))?.Value as BooleanValue;
        if (recipients is not null || enabled is not null)
        {
            var current = await watchers.ReadAsync(cancellationToken).ConfigureAwait(false);
            var wanted = recipients?.Value.Select(r => r.Address).ToList() ?? [.. current.Select(w => w.Address)];
            var on = enabled?.Value ?? (current.Count == 0 || current.All(w => w.Enabled));
            var ok = await watchers.WriteAsync(wanted, on, diagnostics, cancellationToken).ConfigureAwait(false);
            foreach (var key in new[] { SettingKey.SmtpRecipients, SettingKey.SmtpEnabled }.Where(k => request.Changes.Any(c => c.Key.Equals(k))))
            {
                statuses[key] = ok ? WriteStatus.Applied : WriteStatus.Rejected;
            }

            if (enabled is { Value: true } && wanted.Count == 0)
            {
                statuses[SettingKey.SmtpEnabled] = WriteStatus.Rejected;
                diagnostics.Add(Diagnostic.Error("pure.noRecipients", "Alert mail cannot be enabled without recipients", "The FlashArray has no switch for alert mail: it mails its enabled alert watchers, and the inventory gives none.") with { Device = device, Path = SettingKey.SmtpEnabled.Name });
            }
        }

        foreach (var change in request.Changes.Where(c => !statuses.ContainsKey(c.Key)))
        {
            statuses[change.Key] = WriteStatus.NotSupported;
            var step = PureDescriptor.Value.Find(change.Key)?.ManualStep;
            diagnostics.Add(Diagnostic.Warning("setting.manual", $"{change.Key.Name} cannot be set over the FlashArray REST API", step is null ? $"Driver {PureDescriptor.Id} does not manage it." : $"{step.What} in {step.Where}.") with { Device = device, Path = change.Key.Name });
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    private async Task WriteSmtpAsync(List<SettingChange> changes, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var smtp = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
        var (host, port) = (smtp.Host, smtp.Port);
        var body = new JsonObject();
        var applied = new List<SettingChange>();
        foreach (var change in changes)
        {
            var held = true;
            switch (change.Key.Name, change.Value)
            {
                case ("smtp.relay", TextValue v):
                    host = v.Value;
                    break;
                case ("smtp.port", IntegerValue v) when v.Value is >= 1 and <= 65535:
                    port = (int)v.Value;
                    break;
                case ("smtp.security", SecurityValue { Value: SmtpSecurity.None or SmtpSecurity.StartTls } v) when HasSenderUsername:
                    body["encryption_mode"] = v.Value == SmtpSecurity.StartTls ? "starttls" : string.Empty;
                    break;
                case ("smtp.auth.user", TextValue v):
                    body["user_name"] = v.Value;
                    break;
                case ("smtp.auth.password", SecretValue v):
                    connection.AddSecret(v.Value);
                    body["password"] = v.Value.Reveal();
                    break;
                case ("smtp.from", TextValue v) when HasSenderUsername && v.Value.LastIndexOf('@') is var at and > 0:
                    body["sender_username"] = v.Value[..at];
                    body["sender_domain"] = v.Value[(at + 1)..];
                    break;
                default:
                    held = false;
                    break;
            }

            if (held)
            {
                applied.Add(change);
                continue;
            }

            statuses[change.Key] = WriteStatus.NotSupported;
            diagnostics.Add(Diagnostic.Error("pure.cannotHold", $"The FlashArray cannot hold {change.Key.Name} = {(change.Value is SecretValue ? "***" : change.Value.ToDisplayString())}", HasSenderUsername ? "See the driver's constraints (security: none or starttls; sender: local part @ domain)." : $"REST {connection.Version.ToString(2)} has no sender_username or encryption_mode; they need Purity with REST 2.33 or later.") with { Device = device, Path = change.Key.Name });
        }

        if (applied.Any(c => c.Key.Equals(SettingKey.SmtpRelay) || c.Key.Equals(SettingKey.SmtpPort)))
        {
            body["relay_host"] = SmtpServer.Relay(host, port);
        }

        if (applied.Count == 0)
        {
            return;
        }

        var answer = await connection.SendAsync(HttpMethod.Patch, Endpoints.SmtpServers, body, cancellationToken).ConfigureAwait(false);
        foreach (var change in applied)
        {
            statuses[change.Key] = answer.Accepted ? WriteStatus.Applied : WriteStatus.Rejected;
            if (answer.Error is { } error)
            {
                diagnostics.Add(Diagnostic.Error("pure.rejected", $"The FlashArray refused the SMTP settings: {error.Message}", $"PATCH {Endpoints.SmtpServers} answered HTTP {answer.Http.StatusCode}: {error}; the array names no field, so each setting of that call ({string.Join(", ", applied.Select(c => c.Key.Name))}) is reported. Nothing of that call was stored.") with { Device = device, Path = change.Key.Name });
            }
        }
    }
}
