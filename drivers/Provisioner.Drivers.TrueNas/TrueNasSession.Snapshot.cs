using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// Snapshot and restore: the mail configuration and the driver's alert services. Because the admin API echoes the
/// SMTP password, the previous password is restorable too (kept as a <see cref="Secret"/>, never shown).
/// </summary>
internal sealed partial class TrueNasSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await EnsureVersionAsync(cancellationToken).ConfigureAwait(false);
        var cfg = await ReadMailAsync(cancellationToken).ConfigureAwait(false);
        var mine = await services.ReadAsync(cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<SettingKey, Observed>();
        foreach (var key in request.Keys.Where(MailMapping.Keys.Contains))
        {
            values[key] = MailMapping.Read(key, cfg);
        }

        foreach (var key in request.Keys.Where(ServiceKeys.Contains))
        {
            values[key] = ReadService(key, mine);
        }

        return new SnapshotResponse { Snapshot = new DeviceSnapshot { Values = values, DriverState = new TrueNasSnapshotState(cfg, mine) } };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not TrueNasSnapshotState state)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("truenas.foreignSnapshot", "The snapshot is not a TrueNAS snapshot", "Restore needs a snapshot this driver took.") with { Device = device }] };
        }

        await EnsureVersionAsync(cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticList();
        var restored = true;
        var keys = request.Snapshot.Values.Keys.ToHashSet();
        var patch = new JsonObject();
        foreach (var field in keys.Where(MailMapping.Keys.Contains).SelectMany(MailMapping.FieldsOf).Distinct())
        {
            patch[field] = state.Mail.Fields[field]?.DeepClone();
        }

        if (keys.Contains(SettingKey.SmtpAuthPassword))
        {
            patch["pass"] = state.Mail.Password.Reveal();
        }

        if (patch.Count > 0)
        {
            var answer = await channel.CallAsync(Methods.MailUpdate, [patch], cancellationToken).ConfigureAwait(false);
            if (!answer.Succeeded)
            {
                restored = false;
                diagnostics.Add(Diagnostic.Error("truenas.restoreRefused", $"TrueNAS refused the previous mail settings: {answer.Describe()}", $"{answer.Operation} at {channel.Endpoint}.") with { Device = device, Path = "smtp" });
            }
        }

        if (keys.Any(ServiceKeys.Contains))
        {
            restored &= await services.WriteAsync(state.Services, SettingKey.SmtpRecipients.PathAt, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        return new RestoreResponse { Restored = restored, Diagnostics = diagnostics };
    }
}
