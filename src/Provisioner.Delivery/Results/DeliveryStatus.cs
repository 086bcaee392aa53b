namespace Provisioner.Delivery;

/// <summary>What <c>provisioner test</c> found for one device (reports use the kebab-case word, e.g. <c>not-delivered</c>).</summary>
public enum DeliveryStatus
{
    /// <summary>The test message reached the mailbox through every group the device sends to.</summary>
    Delivered = 0,

    /// <summary>It reached the mailbox through some of the device's groups but not all (a group the relay does not expand).</summary>
    PartiallyDelivered = 1,

    /// <summary>Nothing arrived within the timeout; the device's own result, when it has one, says why.</summary>
    NotDelivered = 2,

    /// <summary>The device reports that a server on the way refused the message with an SMTP 4xx/5xx reply, and nothing arrived.</summary>
    Rejected = 3,

    /// <summary>The device cannot be told to send a test message; a person presses its test button, then <c>provisioner test --await</c> watches.</summary>
    CannotSelfTest = 4,

    /// <summary>With <c>--via-relay</c>: this machine sent the message as the device would, and it arrived; the relay and the groups are proven, the device is not.</summary>
    DeliveredViaRelay = 5,

    /// <summary>The device could not be asked (unreachable, authentication, untrusted, an internal error).</summary>
    Error = 6,
}
