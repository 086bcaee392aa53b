using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// Snapshot: the managed attributes as read (the SMTP password cannot be read, so it cannot be restored).
/// Restore: one PATCH of the attributes that differ from the snapshot now.
/// </summary>
internal sealed partial class IdracSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = await AttributesAsync(fresh: true, cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticList();
        if (request.Keys.Contains(SettingKey.SmtpAuthPassword))
        {
            diagnostics.Add(Diagnostic.Warning("idrac.passwordNotCaptured", "The SMTP password cannot be captured", $"{Endpoints.SmtpPassword} reads null; a restore leaves the password as last written.") with { Path = SettingKey.SmtpAuthPassword.Name, Device = device });
        }

        return new SnapshotResponse
        {
            Snapshot = new DeviceSnapshot
            {
                Values = SettingKey.All.ToDictionary(k => k, k => IdracReadMapping.Read(k, state)),
                DriverState = state.Capture(),
            },
            Diagnostics = diagnostics,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not Dictionary<string, object> saved)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("idrac.foreignSnapshot", "The snapshot was not taken by the iDRAC driver", "Nothing was restored.") with { Device = device }] };
        }

        for (var attempt = 0; ; attempt++)
        {
            var state = await AttributesAsync(fresh: true, cancellationToken).ConfigureAwait(false);
            var differing = saved.Where(p => state.Has(p.Key) && !state.Holds(p.Key, p.Value)).ToList();
            if (differing.Count == 0)
            {
                return new RestoreResponse { Restored = true };
            }

            var answer = await PatchAsync(differing, state.ETag, cancellationToken).ConfigureAwait(false);
            if (answer.StatusCode == 412 && attempt == 0)
            {
                continue;
            }

            if (answer.StatusCode != 412 && answer.Interpret() is HttpAccepted)
            {
                return new RestoreResponse { Restored = true };
            }

            return new RestoreResponse
            {
                Restored = false,
                Diagnostics = [Diagnostic.Error("idrac.restoreRefused", "The iDRAC refused the restore", $"{answer.Operation} answered HTTP {answer.StatusCode} for {string.Join(", ", differing.Select(d => d.Key))}. Set them by hand in the iDRAC web UI.") with { Device = device }],
            };
        }
    }
}
