using System.Net.Http;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>Snapshot and restore: <c>mail_from</c>, <c>mail_server</c> and the driver's destinations with their filters.</summary>
internal sealed partial class OntapSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = await ReadAsync(new ReadRequest { Keys = request.Keys }, cancellationToken).ConfigureAwait(false);
        var ems = await ReadEmsAsync(cancellationToken).ConfigureAwait(false);
        var mine = EmsDestination.Mine(await destinations.ReadAllAsync(cancellationToken).ConfigureAwait(false));
        var kept = mine.Where(d => d.Type == Endpoints.EmailType && d.Filters.Count == 1).Select(d => new WantedDestination(d.Address, d.Filters[0])).ToList();
        var diagnostics = new DiagnosticList();
        if (kept.Count != mine.Count)
        {
            diagnostics.Add(Diagnostic.Warning("ontap.snapshotPartial", "Some of the driver's destinations cannot be restored exactly", "A provisioner-mail-* destination is not of type email or is bound to several filters; a restore recreates it as an e-mail destination with one filter.") with { Device = device, Path = SettingKey.SmtpRecipients.Name });
        }

        if (request.Keys.Contains(SettingKey.SmtpAuthPassword))
        {
            diagnostics.Add(Diagnostic.Warning("ontap.passwordUnrestorable", "The SMTP password cannot be restored", "The driver does not write the SMTP password over REST, so there is nothing to restore.") with { Device = device, Path = SettingKey.SmtpAuthPassword.Name });
        }

        return new SnapshotResponse
        {
            Snapshot = new DeviceSnapshot { Values = read.Values, DriverState = new OntapSnapshot(ems, kept) },
            Diagnostics = diagnostics,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not OntapSnapshot state)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("ontap.foreignSnapshot", "The snapshot is not an ONTAP snapshot", "Restore needs a snapshot this driver took.") with { Device = device }] };
        }

        var diagnostics = new DiagnosticList();
        var restored = true;
        var keys = request.Snapshot.Values.Keys.ToHashSet();
        var current = await ReadEmsAsync(cancellationToken).ConfigureAwait(false);
        var body = new JsonObject();
        if ((keys.Contains(SettingKey.SmtpRelay) || keys.Contains(SettingKey.SmtpPort)) && current.MailServerRaw != state.Ems.MailServerRaw)
        {
            body[Endpoints.MailServer] = state.Ems.MailServerRaw;
        }

        if (keys.Contains(SettingKey.SmtpFrom) && current.MailFrom != state.Ems.MailFrom)
        {
            body[Endpoints.MailFrom] = state.Ems.MailFrom;
        }

        if (body.Count > 0)
        {
            var answer = await client.SendAsync(HttpMethod.Patch, Endpoints.Ems, body, cancellationToken).ConfigureAwait(false);
            if (answer.Error is { } error)
            {
                restored = false;
                diagnostics.Add(Diagnostic.Error("ontap.restoreRefused", "ONTAP refused the previous EMS mail settings", $"PATCH {Endpoints.Ems} answered ONTAP error {error}.") with { Device = device, Path = "smtp" });
            }
        }

        if (keys.Overlaps(DestinationKeys))
        {
            restored &= await destinations.WriteAsync(state.Destinations, _ => SettingKey.SmtpRecipients.Name, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        return new RestoreResponse { Restored = restored, Diagnostics = diagnostics };
    }
}
