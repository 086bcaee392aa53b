using Provisioner.Abstractions;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>Snapshot and restore: the whole writable email group, put back in one SET.</summary>
internal sealed partial class Sc200Session
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Nothing was written since the last read of this session, so that read is the state to restore.
        var state = Interlocked.Exchange(ref lastRead, null) ?? await ReadStateAsync("snapshot", cancellationToken).ConfigureAwait(false);
        snapshotState = state;
        var keys = request.Keys.Count > 0 ? request.Keys : Sc200Descriptor.Value.Settings.Select(s => s.Key).ToHashSet();
        return new SnapshotResponse { Snapshot = new DeviceSnapshot { Values = keys.ToDictionary(k => k, state.Observe), DriverState = state } };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"{device}: the session was opened read-only; nothing was restored.");
        }

        if (request.Snapshot.DriverState is not Sc200WireState state)
        {
            return new RestoreResponse
            {
                Restored = false,
                Diagnostics = [Diagnostic.Error("eaton.foreignSnapshot", "The snapshot was not taken by the eaton.sc200 driver", "Restore only snapshots this driver took.") with { Device = device }],
            };
        }

        var writer = new Sc200ChangeWriter(state);
        writer.AddRestore(state);
        var result = await SendAsync(writer, [.. Sc200Descriptor.Value.Settings.Select(s => s.Key)], "restore", cancellationToken).ConfigureAwait(false);
        return new RestoreResponse { Restored = result.Diagnostics.Count == 0 && writer.Refused.Count == 0, Diagnostics = [.. result.Diagnostics, .. writer.Refused] };
    }
}
