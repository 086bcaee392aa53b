namespace Provisioner.Abstractions;

/// <summary>Asks a device to send a test alert e-mail.</summary>
public sealed record TestMessageRequest
{
    /// <summary>A token to put in the message where the device allows custom text, so a capture can match it; null for none.</summary>
    public string? Marker { get; init; }

    /// <summary>How long to wait for the device's own send result.</summary>
    public TimeSpan WaitForResult { get; init; } = TimeSpan.FromSeconds(10);
}
