namespace Provisioner.Abstractions;

/// <summary>
/// An open, authenticated connection to one device. Three primitives; optional capabilities are
/// separate interfaces the session may implement, found with <c>is</c>: <see cref="ISupportsCommit"/>,
/// <see cref="ISupportsSnapshot"/>, <see cref="ISupportsTestMessage"/>. Not thread-safe.
/// Every method may throw the typed <see cref="DeviceException"/>s and <see cref="OperationCanceledException"/>.
/// </summary>
public interface IDriverSession : IAsyncDisposable
{
    /// <summary>Whether this session may write; fixed by <see cref="OpenRequest.Mode"/>.</summary>
    SessionMode Mode { get; }

    /// <summary>Reads what the device says it is: vendor, model, firmware, serial, and for SNMP sysObjectID and sysDescr.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The identity; fields the device does not expose are null.</returns>
    /// <exception cref="DeviceTimeoutException">The device did not answer in time.</exception>
    /// <exception cref="DeviceProtocolException">The answer could not be understood.</exception>
    ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reads the settings of <see cref="ReadRequest.Keys"/> and returns an <see cref="Observed"/> for
    /// every requested key and no other, values already in canonical form (padding removed, device
    /// enums mapped). Reading never changes the device.
    /// </summary>
    /// <param name="request">The keys to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One observation per requested key, plus diagnostics.</returns>
    /// <exception cref="DeviceTimeoutException">The device did not answer in time.</exception>
    /// <exception cref="DeviceProtocolException">The answer could not be understood.</exception>
    ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Writes exactly the changes of <paramref name="request"/>, in order, and nothing else. A value the
    /// device refuses is reported as <see cref="WriteStatus.Rejected"/> plus an error diagnostic whose
    /// <see cref="Diagnostic.Path"/> is the setting path; it is not an exception.
    /// </summary>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The status of every requested key, plus diagnostics.</returns>
    /// <exception cref="ReadOnlySessionException">The session was opened with <see cref="SessionMode.ReadOnly"/>; nothing was sent.</exception>
    /// <exception cref="DeviceTimeoutException">The device did not answer in time; the write may or may not have happened.</exception>
    /// <exception cref="DeviceProtocolException">The answer could not be understood.</exception>
    ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken);
}
