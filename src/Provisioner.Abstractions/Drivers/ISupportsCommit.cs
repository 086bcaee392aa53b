namespace Provisioner.Abstractions;

/// <summary>
/// A session whose device needs an explicit "save" or "apply" step after writes (e.g. a config
/// commit, or storing to flash). The engine calls it once after a successful write, before reading back.
/// Declared with <see cref="DriverCapabilities.Commit"/>.
/// </summary>
public interface ISupportsCommit
{
    /// <summary>Makes the written values take effect and persist.</summary>
    /// <param name="request">The commit request.</param>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>Whether it committed, plus diagnostics.</returns>
    /// <exception cref="ReadOnlySessionException">The session is read-only.</exception>
    /// <exception cref="DeviceTimeoutException">The device did not answer in time.</exception>
    ValueTask<CommitResponse> CommitAsync(CommitRequest request, CancellationToken cancellationToken);
}
