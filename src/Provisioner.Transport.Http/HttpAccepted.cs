namespace Provisioner.Transport.Http;

/// <summary>The device accepted the call (2xx).</summary>
/// <param name="Answer">The answer.</param>
public sealed record HttpAccepted(HttpAnswer Answer) : HttpOutcome(Answer);
