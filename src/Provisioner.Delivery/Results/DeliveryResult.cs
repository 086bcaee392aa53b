namespace Provisioner.Delivery;

/// <summary>The outcome of one <c>provisioner test</c> run.</summary>
public sealed record DeliveryResult
{
    /// <summary>The JSON report's schema version.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The watched mailbox, as <see cref="IMailboxReader.Description"/> names it.</summary>
    public required string Mailbox { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>One entry per selected device, in inventory order.</summary>
    public required IReadOnlyList<DeviceDelivery> Devices { get; init; }

    /// <summary>How many confirmed test messages <c>--cleanup</c> deleted; null without it.</summary>
    public int? CleanedUp { get; init; }

    /// <summary>Why the mailbox could not be read, when it could not (every device is then not-delivered); redacted.</summary>
    public string? MailboxProblem { get; init; }

    /// <summary>True when every device delivered (exit code 0).</summary>
    public bool AllDelivered => Devices.Count > 0 && Devices.All(d => DeliveryStatusNames.IsSuccess(d.Status));
}
