using Provisioner.Core;

namespace Provisioner.Delivery;

/// <summary>One device <c>provisioner test</c> works on.</summary>
public sealed record DeliveryCandidate
{
    /// <summary>The device: where it is, its driver, credentials, trust, and the settings it holds (sender, recipients, relay).</summary>
    public required DeviceTarget Target { get; init; }

    /// <summary>Its recipients as the watched mailbox can see them.</summary>
    public required IReadOnlyList<ExpectedRecipient> Recipients { get; init; }

    /// <summary>What a person does when the device cannot self-test (see <see cref="ManualTestSteps"/>).</summary>
    public required string ManualStep { get; init; }

    /// <summary>True with <c>--await</c>: trigger nothing, watch for the message a person triggers.</summary>
    public bool Await { get; init; }
}
