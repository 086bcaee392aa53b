using System.Net.Http;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>Writing: the EMS mail settings in one PATCH, then the driver's destinations and their filter.</summary>
internal sealed partial class OntapSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        var emsChanges = request.Changes.Where(c => EmsKeys.Contains(c.Key)).ToList();
        if (emsChanges.Count > 0)
        {
            await WriteEmsAsync(emsChanges, statuses, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        var destinationChanges = request.Changes.Where(c => DestinationKeys.Contains(c.Key)).ToList();
        if (destinationChanges.Count > 0)
        {
            await WriteDestinationsAsync(destinationChanges, statuses, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        foreach (var change in request.Changes.Where(c => !statuses.ContainsKey(c.Key)))
        {
            if (change is { Value: SecurityValue { Value: SmtpSecurity.None } })
            {
                statuses[change.Key] = WriteStatus.Applied; // plain SMTP is all EMS mail does; nothing to send
                continue;
            }

            statuses[change.Key] = WriteStatus.NotSupported;
            var step = OntapDescriptor.Value.Find(change.Key)?.ManualStep;
            diagnostics.Add(Diagnostic.Warning("setting.manual", $"{change.Key.Name} cannot be set over ONTAP's REST API", step is null ? $"EMS mail cannot hold {change.Value.ToDisplayString()} (plain SMTP only)." : $"{step.What} in {step.Where}.") with { Device = device, Path = change.Key.Name });
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    private async Task WriteEmsAsync(List<SettingChange> changes, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var ems = await ReadEmsAsync(cancellationToken).ConfigureAwait(false);
        var server = ems.Server;
        var body = new JsonObject();
        foreach (var change in changes)
        {
            switch (change.Key.Name, change.Value)
            {
                case ("smtp.relay", TextValue host):
                    server = server with { Host = host.Value };
                    break;
                case ("smtp.port", IntegerValue port) when port.Value is >= 1 and <= 65535:
                    server = server with { Port = (int)port.Value };
                    break;
                case ("smtp.from", TextValue from):
                    body[Endpoints.MailFrom] = from.Value;
                    break;
                default:
                    statuses[change.Key] = WriteStatus.NotSupported;
                    diagnostics.Add(Diagnostic.Error("ontap.cannotHold", $"ONTAP cannot hold {change.Key.Name} = {change.Value.ToDisplayString()}", "See the driver's constraints.") with { Device = device, Path = change.Key.Name });
                    break;
            }
        }

        var applied = changes.Where(c => !statuses.ContainsKey(c.Key)).ToList();
        if (applied.Any(c => c.Key.Equals(SettingKey.SmtpRelay) || c.Key.Equals(SettingKey.SmtpPort)))
        {
            body[Endpoints.MailServer] = server.ToWire();
        }

        if (applied.Count == 0)
        {
            return;
        }

        var answer = await client.SendAsync(HttpMethod.Patch, Endpoints.Ems, body, cancellationToken).ConfigureAwait(false);
        foreach (var change in applied)
        {
            statuses[change.Key] = answer.Accepted ? WriteStatus.Applied : WriteStatus.Rejected;
        }

        if (answer.Error is { } error)
        {
            var blamed = error.Target switch
            {
                Endpoints.MailServer => applied.Where(c => c.Key.Equals(SettingKey.SmtpRelay) || c.Key.Equals(SettingKey.SmtpPort)).ToList(),
                Endpoints.MailFrom => applied.Where(c => c.Key.Equals(SettingKey.SmtpFrom)).ToList(),
                _ => [],
            };
            var hint = error.Code == Endpoints.MailServerValidationFailed ? " ONTAP could not validate the mail server: check the relay address and port." : string.Empty;
            foreach (var change in blamed.Count > 0 ? blamed : applied)
            {
                diagnostics.Add(Diagnostic.Error("ontap.rejected", $"ONTAP refused the EMS mail settings: {error.Message}", $"PATCH {Endpoints.Ems} answered HTTP {answer.Http.StatusCode} with ONTAP error {error}; nothing of that call was stored.{hint}") with { Device = device, Path = change.Key.Name });
            }
        }
    }

    private async Task WriteDestinationsAsync(List<SettingChange> changes, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var mine = EmsDestination.Mine(await destinations.ReadAllAsync(cancellationToken).ConfigureAwait(false));
        var recipients = changes.FirstOrDefault(c => c.Key.Equals(SettingKey.SmtpRecipients))?.Value as RecipientsValue;
        var addresses = recipients is null ? [.. mine.Where(d => d.Type == Endpoints.EmailType).Select(d => d.Address)] : recipients.Value.Select(r => r.Address).ToList();
        var shared = mine.SelectMany(d => d.Filters).Distinct(StringComparer.Ordinal).ToList();
        var filter = shared.Count == 1 && SeverityFilters.LevelOf(shared[0]) is not null ? shared[0] : SeverityFilters.NoInfoDebug;
        if (changes.FirstOrDefault(c => c.Key.Equals(SettingKey.AlertsMinimumSeverity)) is { Value: SeverityValue level })
        {
            if (SeverityFilters.FilterFor(level.Value) is { } wanted)
            {
                filter = wanted;
            }
            else
            {
                statuses[SettingKey.AlertsMinimumSeverity] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Error("ontap.cannotHold", $"ONTAP cannot hold alerts.minimum_severity = {level.ToDisplayString()}", $"ONTAP has one 'error' severity; use one of {string.Join(", ", SeverityFilters.AllowedValues)}.") with { Device = device, Path = SettingKey.AlertsMinimumSeverity.Name });
            }
        }

        if (changes.FirstOrDefault(c => c.Key.Equals(SettingKey.SmtpEnabled)) is { Value: BooleanValue enabled })
        {
            statuses[SettingKey.SmtpEnabled] = Enable(enabled.Value, recipients, ref addresses, diagnostics);
        }

        var ok = await destinations.WriteAsync(
            [.. addresses.Select(a => new WantedDestination(a, filter))],
            i => i is { } index && recipients is not null ? SettingKey.SmtpRecipients.PathAt(index) : (recipients is not null ? SettingKey.SmtpRecipients.Name : SettingKey.AlertsMinimumSeverity.Name),
            diagnostics,
            cancellationToken).ConfigureAwait(false);
        foreach (var change in changes.Where(c => !statuses.ContainsKey(c.Key)))
        {
            statuses[change.Key] = ok ? WriteStatus.Applied : WriteStatus.Rejected;
        }
    }

    private WriteStatus Enable(bool enabled, RecipientsValue? recipients, ref List<string> addresses, DiagnosticList diagnostics)
    {
        if (!enabled && recipients is { Value.Count: > 0 })
        {
            diagnostics.Add(Diagnostic.Error("ontap.enabledConflict", "smtp.enabled = false and recipients cannot both be held", "ONTAP has no switch for EMS mail: it mails every e-mail destination. Disabling means having no recipients; the recipients were written.") with { Device = device, Path = SettingKey.SmtpEnabled.Name });
            return WriteStatus.Rejected;
        }

        if (!enabled)
        {
            addresses = [];
            return WriteStatus.Applied;
        }

        if (addresses.Count > 0)
        {
            return WriteStatus.Applied;
        }

        diagnostics.Add(Diagnostic.Error("ontap.noRecipients", "EMS mail cannot be enabled without recipients", "ONTAP has no switch for EMS mail: it mails its e-mail destinations, and the inventory gives none.") with { Device = device, Path = SettingKey.SmtpEnabled.Name });
        return WriteStatus.Rejected;
    }
}
