namespace Provisioner.Delivery;

/// <summary>How <see cref="DeliveryTester"/> runs.</summary>
public sealed record DeliveryTestOptions
{
    /// <summary>How long to wait for the messages after the last trigger.</summary>
    /// <value>120 s.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The pause between two reads of the mailbox.</summary>
    /// <value>1 s.</value>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How far before its trigger a message may be stamped and still count (mailbox clocks, second resolution).</summary>
    /// <value>2 s.</value>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many devices are triggered at once.</summary>
    /// <value>8.</value>
    public int Parallel { get; init; } = 8;

    /// <summary>How long a device may take to report its own send result.</summary>
    /// <value>10 s.</value>
    public TimeSpan WaitForDeviceResult { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>With <c>--cleanup</c>: delete the confirmed test messages from the mailbox afterwards.</summary>
    public bool Cleanup { get; init; }

    /// <summary>With <c>--via-relay</c>: how devices that cannot self-test are tested through the relay; null otherwise.</summary>
    public RelayTestSender? ViaRelay { get; init; }

    /// <summary>Makes correlation tokens (injected so tests are deterministic).</summary>
    public Func<string> NewToken { get; init; } = CorrelationToken.New;
}
