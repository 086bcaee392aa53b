using Provisioner.Abstractions;

namespace Provisioner.Testing.Fakes;

/// <summary>A <see cref="ScriptedSession"/> that also commits and takes whole-device snapshots.</summary>
public sealed class ScriptedTransactionalSession : ScriptedSession, ISupportsCommit, ISupportsSnapshot
{
    internal ScriptedTransactionalSession(ScriptedDriver driver, ScriptedDevice device, OpenRequest request)
        : base(driver, device, request)
    {
    }

    /// <summary>How many commits this session made.</summary>
    public int Commits { get; private set; }

    /// <inheritdoc/>
    public async ValueTask<CommitResponse> CommitAsync(CommitRequest request, CancellationToken cancellationToken)
    {
        EnsureWritable("commit");
        await BeforeAsync("commit", cancellationToken);
        Commits++;
        return new CommitResponse { Committed = true };
    }

    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        await BeforeAsync("snapshot", cancellationToken);
        var state = Device.CopyState();
        return new SnapshotResponse { Snapshot = new DeviceSnapshot { DriverState = state } };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        await BeforeAsync("restore", cancellationToken);
        if (request.Snapshot.DriverState is not Dictionary<SettingKey, SettingValue> state)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("fake.foreignSnapshot", "Snapshot was not taken by this driver")] };
        }

        Device.ReplaceState(state);
        return new RestoreResponse { Restored = true };
    }
}
