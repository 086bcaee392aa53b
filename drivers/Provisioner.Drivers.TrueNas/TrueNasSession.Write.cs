using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas;

/// <summary>Writing: the <c>mail</c> changes in one <c>mail.update</c> (password verified against the echo), then the alert services.</summary>
internal sealed partial class TrueNasSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        await EnsureVersionAsync(cancellationToken).ConfigureAwait(false);
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        var mailChanges = request.Changes.Where(c => MailMapping.Keys.Contains(c.Key)).ToList();
        if (mailChanges.Count > 0)
        {
            await WriteMailAsync(mailChanges, statuses, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        var serviceChanges = request.Changes.Where(c => ServiceKeys.Contains(c.Key)).ToList();
        if (serviceChanges.Count > 0)
        {
            await WriteServicesAsync(serviceChanges, statuses, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        foreach (var change in request.Changes.Where(c => !statuses.ContainsKey(c.Key)))
        {
            statuses[change.Key] = WriteStatus.NotSupported;
            diagnostics.Add(Diagnostic.Warning("setting.unsupported", $"{change.Key.Name} is not managed by {TrueNasDescriptor.Id}", "The driver does not manage this setting.") with { Device = device, Path = change.Key.Name });
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    private async Task WriteMailAsync(List<SettingChange> changes, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var patch = new JsonObject();
        var applied = new List<SettingChange>();
        foreach (var change in changes)
        {
            if (MailMapping.Apply(patch, change, device))
            {
                applied.Add(change);
            }
            else
            {
                statuses[change.Key] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Error("truenas.cannotHold", $"TrueNAS cannot hold {change.Key.Name} = {change.Value.ToDisplayString()}", "See the driver's constraints.") with { Device = device, Path = change.Key.Name });
            }
        }

        if (applied.Count == 0)
        {
            return;
        }

        var password = applied.Select(c => c.Value).OfType<SecretValue>().FirstOrDefault()?.Value;
        if (password is not null)
        {
            channel.AddSecret(password);
        }

        var answer = await channel.CallAsync(Methods.MailUpdate, [patch], cancellationToken).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            Refused(answer, applied, statuses, diagnostics);
            return;
        }

        applied.ForEach(c => statuses[c.Key] = WriteStatus.Applied);
        if (password is not null && !(await ReadMailAsync(cancellationToken).ConfigureAwait(false)).PasswordEquals(password))
        {
            statuses[SettingKey.SmtpAuthPassword] = WriteStatus.Rejected;
            diagnostics.Add(Diagnostic.Error("truenas.passwordNotStored", "TrueNAS did not store the SMTP password sent", $"{Methods.MailUpdate} succeeded, but the password mail.config echoes differs from the one sent (compared, not shown). Check the mail settings page.") with { Device = device, Path = SettingKey.SmtpAuthPassword.Name });
        }
    }

    private void Refused(Api.TrueNasAnswer answer, List<SettingChange> applied, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics)
    {
        var attributed = answer.Errors.Where(e => MailMapping.KeyOf(e.Field) is { } key && applied.Any(c => c.Key.Equals(key))).ToList();
        foreach (var change in applied)
        {
            var mine = attributed.Where(e => change.Key.Equals(MailMapping.KeyOf(e.Field))).ToList();
            if (mine.Count > 0 || attributed.Count == 0)
            {
                statuses[change.Key] = WriteStatus.Rejected;
                var text = string.Join("; ", mine.Count > 0 ? mine : answer.Errors);
                diagnostics.Add(Diagnostic.Error("truenas.rejected", $"TrueNAS refused {change.Key.Name}: {text}", $"{answer.Operation} at {channel.Endpoint} answered with the middleware's validation errors; nothing of that call was stored.") with { Device = device, Path = change.Key.Name });
            }
            else
            {
                statuses[change.Key] = WriteStatus.NotAttempted;
                diagnostics.Add(Diagnostic.Warning("truenas.notStored", $"{change.Key.Name} was not stored", $"{answer.Operation} was refused for other fields ({answer.Describe()}); the middleware stores all or nothing.") with { Device = device, Path = change.Key.Name });
            }
        }
    }

    private async Task WriteServicesAsync(List<SettingChange> changes, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var current = await services.ReadAsync(cancellationToken).ConfigureAwait(false);
        var recipients = changes.FirstOrDefault(c => c.Key.Equals(SettingKey.SmtpRecipients))?.Value as RecipientsValue;
        var enabledChange = changes.FirstOrDefault(c => c.Key.Equals(SettingKey.SmtpEnabled))?.Value as BooleanValue;
        var severity = (changes.FirstOrDefault(c => c.Key.Equals(SettingKey.AlertsMinimumSeverity))?.Value as SeverityValue)?.Value;
        var enabled = enabledChange?.Value ?? (current.Count == 0 || current.All(s => s.Enabled));
        var fallback = severity ?? MinimumLevel(current) ?? AlertSeverity.Warning;
        List<AlertService> wanted;
        if (recipients is not null)
        {
            wanted = [.. recipients.Value.Select(r => new AlertService(0, r.Address, TrueNasLevels.ToWire(r.MinimumSeverity ?? fallback) ?? string.Empty, enabled))];
        }
        else
        {
            wanted = [.. current.Select(s => s with { Enabled = enabled })];
            if (severity is { } least)
            {
                var old = MinimumLevel(current);
                wanted = [.. wanted.Select(s => old is null || TrueNasLevels.FromWire(s.Level) == old ? s with { Level = TrueNasLevels.ToWire(least) ?? string.Empty } : s)];
            }
        }

        if (wanted.Any(s => s.Level.Length == 0))
        {
            foreach (var change in changes)
            {
                statuses[change.Key] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Error("truenas.levelNotExpressible", "TrueNAS has no alert level for 'major'", "Alert-service levels are INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY; use minor (ERROR) or critical (CRITICAL).") with { Device = device, Path = change.Key.Name });
            }

            return;
        }

        string PathOf(int index) => recipients is not null ? SettingKey.SmtpRecipients.PathAt(index) : changes[0].Key.Name;
        var ok = await services.WriteAsync(wanted, PathOf, diagnostics, cancellationToken).ConfigureAwait(false);
        changes.ForEach(c => statuses[c.Key] = ok ? WriteStatus.Applied : WriteStatus.Rejected);
    }
}
