namespace Provisioner.Abstractions;

/// <summary>
/// A session that can capture and restore the device's notification settings as a whole, including
/// values it cannot show (e.g. a configuration blob with the encrypted password). The engine takes a
/// snapshot before writing and restores it when read-back verification fails. Without this capability
/// the engine restores by writing back the readable values it read before the change.
/// Declared with <see cref="DriverCapabilities.Snapshot"/>.
/// </summary>
public interface ISupportsSnapshot
{
    /// <summary>Captures the current notification settings.</summary>
    /// <param name="request">The snapshot request.</param>
    /// <param name="cancellationToken">Cancels the capture.</param>
    /// <returns>The snapshot, plus diagnostics.</returns>
    /// <exception cref="DeviceTimeoutException">The device did not answer in time.</exception>
    ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken);

    /// <summary>Puts the device back to <see cref="RestoreRequest.Snapshot"/>.</summary>
    /// <param name="request">The snapshot to restore.</param>
    /// <param name="cancellationToken">Cancels the restore.</param>
    /// <returns>Whether it restored, plus diagnostics.</returns>
    /// <exception cref="ReadOnlySessionException">The session is read-only.</exception>
    /// <exception cref="DeviceTimeoutException">The device did not answer in time.</exception>
    ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken);
}
