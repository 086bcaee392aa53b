namespace Provisioner.Abstractions;

/// <summary>
/// A session whose device can be told to send a test alert e-mail through its configured relay.
/// Declared with <see cref="DriverCapabilities.TestMessage"/>.
/// </summary>
public interface ISupportsTestMessage
{
    /// <summary>Triggers a test message and reports what the device says about it.</summary>
    /// <param name="request">The test message request.</param>
    /// <param name="cancellationToken">Cancels the trigger and the wait for its result.</param>
    /// <returns>Whether the device sent it, plus its result text.</returns>
    /// <exception cref="ReadOnlySessionException">The session is read-only (triggering is a write).</exception>
    /// <exception cref="DeviceTimeoutException">The device did not answer in time.</exception>
    ValueTask<TestMessageResponse> SendTestMessageAsync(TestMessageRequest request, CancellationToken cancellationToken);
}
