using Provisioner.Abstractions;

namespace Provisioner.Delivery;

/// <summary>The outcome of <c>provisioner test</c> for one device.</summary>
public sealed record DeviceDelivery
{
    /// <summary>The inventory name.</summary>
    public required string Device { get; init; }

    /// <summary>The site.</summary>
    public required string Site { get; init; }

    /// <summary>The driver id.</summary>
    public required string Driver { get; init; }

    /// <summary>What was found.</summary>
    public required DeliveryStatus Status { get; init; }

    /// <summary>The sender address the message was expected from.</summary>
    public required string Sender { get; init; }

    /// <summary>The correlation token sent with the trigger (put in the text where the device lets us); null when nothing was triggered.</summary>
    public string? Token { get; init; }

    /// <summary>How the arrived message was tied to this device: <c>token</c>, or <c>sender and time</c> where the device's text cannot carry the token.</summary>
    public string? CorrelatedBy { get; init; }

    /// <summary>When the trigger was sent (or the watch began, with <c>--await</c>).</summary>
    public DateTimeOffset? TriggeredAt { get; init; }

    /// <summary>From the trigger to the first copy's arrival; null when nothing arrived.</summary>
    public TimeSpan? Latency { get; init; }

    /// <summary>The subject of the first copy that arrived, as the mailbox shows it; null when nothing arrived.</summary>
    public string? Subject { get; init; }

    /// <summary>The device's own send result as it reports it (e.g. SC200 <c>smtp-Result</c> per receiver), quoted; null when it has none.</summary>
    public string? DeviceResult { get; init; }

    /// <summary>Per recipient, whether a delivered copy for it arrived.</summary>
    public IReadOnlyList<RecipientReach> Recipients { get; init; } = [];

    /// <summary>What a person must do when the device cannot self-test: which button, then the command to run.</summary>
    public string? ManualStep { get; init; }

    /// <summary>Problems and notes, secrets redacted.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];

    /// <summary>The mailbox ids of the copies that matched (what <c>--cleanup</c> deletes).</summary>
    public IReadOnlyList<string> MessageIds { get; init; } = [];
}
