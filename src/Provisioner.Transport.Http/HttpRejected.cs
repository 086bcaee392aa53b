namespace Provisioner.Transport.Http;

/// <summary>The device refused a value (400/422) and said why.</summary>
/// <param name="Answer">The answer.</param>
/// <param name="Messages">The device's messages, at least one.</param>
public sealed record HttpRejected(HttpAnswer Answer, IReadOnlyList<RedfishMessage> Messages) : HttpOutcome(Answer);
