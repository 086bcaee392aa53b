namespace Provisioner.Abstractions;

/// <summary>
/// A driver for one device family: a static <see cref="Descriptor"/> and a way to open a session.
/// </summary>
/// <remarks>
/// <para>Contract rules every driver follows:</para>
/// <list type="number">
/// <item>Async only; the <see cref="CancellationToken"/> is the last, required parameter. Cancellation
/// surfaces as <see cref="OperationCanceledException"/> and is never turned into a diagnostic.</item>
/// <item>Drivers do primitives (identify, read, write, and the optional commit, snapshot, test message).
/// The engine owns read → normalise → diff → write → commit → read back → verify and decides every
/// outcome; a driver never says "changed" or "ok".</item>
/// <item>Expected device answers (a rejected value, a setting missing on this firmware, a truncated
/// value) are <see cref="Diagnostic"/>s with a setting path in the response. Transport failures are
/// the typed <see cref="DeviceException"/>s: <see cref="DeviceUnreachableException"/>,
/// <see cref="DeviceTimeoutException"/>, <see cref="DeviceAuthenticationException"/>,
/// <see cref="DeviceProtocolException"/>, carrying endpoint and operation. Their messages never contain
/// a secret. Drivers never swallow exceptions; the engine catches once per device.</item>
/// <item>One session per device per run; sessions are not thread-safe and the engine never shares them.</item>
/// <item>A session opened with <see cref="SessionMode.ReadOnly"/> refuses every write with
/// <see cref="ReadOnlySessionException"/> before anything reaches the device.</item>
/// <item>Capabilities in <see cref="DriverDescriptor.Capabilities"/> agree with the optional interfaces the
/// session implements (<see cref="ISupportsCommit"/>, <see cref="ISupportsSnapshot"/>, <see cref="ISupportsTestMessage"/>).</item>
/// </list>
/// </remarks>
public interface IDeviceDriver
{
    /// <summary>What the driver supports: data only, the same for every call, safe to read without I/O.</summary>
    DriverDescriptor Descriptor { get; }

    /// <summary>Connects to and authenticates with the device of <paramref name="request"/>.</summary>
    /// <param name="request">Where the device is, how to log in and whether writes are allowed.</param>
    /// <param name="cancellationToken">Cancels the connection attempt.</param>
    /// <returns>An open session; the caller disposes it.</returns>
    /// <exception cref="DeviceUnreachableException">No route, connection refused, name not resolvable.</exception>
    /// <exception cref="DeviceTimeoutException">The device did not answer within <see cref="OpenRequest.Timeout"/>.</exception>
    /// <exception cref="DeviceAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="SecretResolutionException">A credential reference could not be resolved.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken);
}
