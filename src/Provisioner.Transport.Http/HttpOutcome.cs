namespace Provisioner.Transport.Http;

/// <summary>
/// What a device's HTTP answer means for a driver: <see cref="HttpAccepted"/> (2xx),
/// <see cref="HttpRejected"/> (400/422 with the device's messages, for <c>rejected</c> diagnostics) or
/// <see cref="HttpResourceMissing"/> (404, for <c>not-supported</c>). Everything else is a typed exception.
/// </summary>
/// <param name="Answer">The answer interpreted.</param>
public abstract record HttpOutcome(HttpAnswer Answer);
