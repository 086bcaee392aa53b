using Provisioner.Abstractions;

namespace Provisioner.Drivers.Raritan;

/// <summary>Snapshot and restore: the <c>/smtp</c> configuration (without the password) and the driver's recipients.</summary>
internal sealed partial class PxSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cfg = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
        var mine = await actions.ReadAsync(cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<SettingKey, Observed>();
        foreach (var key in request.Keys.Where(SmtpMapping.Keys.Contains))
        {
            values[key] = SmtpMapping.Read(key, cfg);
        }

        if (request.Keys.Contains(SettingKey.SmtpRecipients))
        {
            values[SettingKey.SmtpRecipients] = new Observed.Known(new RecipientsValue([.. mine.Select(a => new Recipient(a.Address))]));
        }

        var diagnostics = new DiagnosticList();
        if (request.Keys.Contains(SettingKey.SmtpAuthPassword))
        {
            diagnostics.Add(Diagnostic.Warning("raritan.passwordUnrestorable", "The SMTP password cannot be restored", "The PX never reads its password back; a restore leaves the password just written.") with { Device = device, Path = SettingKey.SmtpAuthPassword.Name });
        }

        return new SnapshotResponse
        {
            Snapshot = new DeviceSnapshot { Values = values, DriverState = new PxSnapshotState(cfg, [.. mine.Select(a => a.Address)]) },
            Diagnostics = diagnostics,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not PxSnapshotState state)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("raritan.foreignSnapshot", "The snapshot is not a Raritan PX snapshot", "Restore needs a snapshot this driver took.") with { Device = device }] };
        }

        var diagnostics = new DiagnosticList();
        var restored = true;
        var current = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
        var target = SmtpMapping.Restore(current, state.Smtp, request.Snapshot.Values.Keys.Where(SmtpMapping.Keys.Contains));
        if (!SmtpMapping.SameFields(current, target))
        {
            var code = await SetConfigurationAsync(target, null, cancellationToken).ConfigureAwait(false);
            if (code != 0)
            {
                restored = false;
                diagnostics.Add(Diagnostic.Error("raritan.restoreRefused", "The PX refused the previous SMTP settings", $"/smtp setConfiguration answered {code}.") with { Device = device, Path = "smtp" });
            }
        }

        if (request.Snapshot.Values.ContainsKey(SettingKey.SmtpRecipients))
        {
            restored &= await actions.WriteAsync(state.Recipients, diagnostics, cancellationToken).ConfigureAwait(false) == WriteStatus.Applied;
        }

        return new RestoreResponse { Restored = restored, Diagnostics = diagnostics };
    }
}
