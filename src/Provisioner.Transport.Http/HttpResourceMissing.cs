namespace Provisioner.Transport.Http;

/// <summary>The resource does not exist on this device (404): the firmware lacks it, so the settings behind it are <c>not-supported</c>.</summary>
/// <param name="Answer">The answer.</param>
public sealed record HttpResourceMissing(HttpAnswer Answer) : HttpOutcome(Answer);
