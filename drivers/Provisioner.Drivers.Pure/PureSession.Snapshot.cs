using System.Net.Http;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Pure;

/// <summary>Snapshot and restore: <c>smtp-servers</c> (without the password) and the managed watchers.</summary>
internal sealed partial class PureSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = await ReadAsync(new ReadRequest { Keys = request.Keys }, cancellationToken).ConfigureAwait(false);
        var state = new PureSnapshot(await ReadSmtpAsync(cancellationToken).ConfigureAwait(false), await watchers.ReadAsync(cancellationToken).ConfigureAwait(false));
        var diagnostics = new DiagnosticList();
        if (request.Keys.Contains(SettingKey.SmtpAuthPassword))
        {
            diagnostics.Add(Diagnostic.Warning("pure.passwordUnrestorable", "The SMTP password cannot be restored", "The FlashArray never reads its SMTP password back; a restore leaves the password just written.") with { Device = device, Path = SettingKey.SmtpAuthPassword.Name });
        }

        return new SnapshotResponse { Snapshot = new DeviceSnapshot { Values = read.Values, DriverState = state }, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not PureSnapshot state)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("pure.foreignSnapshot", "The snapshot is not a FlashArray snapshot", "Restore needs a snapshot this driver took.") with { Device = device }] };
        }

        var keys = request.Snapshot.Values.Keys.ToHashSet();
        var current = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
        var body = new JsonObject();
        void Restore(bool wanted, string field, string? was, string? now)
        {
            if (wanted && was is not null && was != now)
            {
                body[field] = was;
            }
        }

        Restore(keys.Contains(SettingKey.SmtpRelay) || keys.Contains(SettingKey.SmtpPort), "relay_host", state.Smtp.RelayHost, current.RelayHost);
        Restore(keys.Contains(SettingKey.SmtpAuthUser), "user_name", state.Smtp.UserName, current.UserName);
        Restore(keys.Contains(SettingKey.SmtpFrom), "sender_domain", state.Smtp.SenderDomain, current.SenderDomain);
        Restore(keys.Contains(SettingKey.SmtpFrom) && HasSenderUsername, "sender_username", state.Smtp.SenderUsername, current.SenderUsername);
        Restore(keys.Contains(SettingKey.SmtpSecurity) && HasSenderUsername, "encryption_mode", state.Smtp.EncryptionMode, current.EncryptionMode);
        var diagnostics = new DiagnosticList();
        var restored = true;
        if (body.Count > 0)
        {
            var answer = await connection.SendAsync(HttpMethod.Patch, Endpoints.SmtpServers, body, cancellationToken).ConfigureAwait(false);
            if (answer.Error is { } error)
            {
                restored = false;
                diagnostics.Add(Diagnostic.Error("pure.restoreRefused", "The FlashArray refused the previous SMTP settings", $"PATCH {Endpoints.SmtpServers}: {error}.") with { Device = device, Path = "smtp" });
            }
        }

        if (keys.Contains(SettingKey.SmtpRecipients) || keys.Contains(SettingKey.SmtpEnabled))
        {
            var on = state.Watchers.Count == 0 || state.Watchers.All(w => w.Enabled);
            restored &= await watchers.WriteAsync([.. state.Watchers.Select(w => w.Address)], on, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        return new RestoreResponse { Restored = restored, Diagnostics = diagnostics };
    }
}
