namespace Provisioner.Abstractions;

/// <summary>The result of <see cref="ISupportsTestMessage.SendTestMessageAsync"/>.</summary>
public sealed record TestMessageResponse
{
    /// <summary>True when the device reports that the relay accepted the message.</summary>
    public required bool Sent { get; init; }

    /// <summary>The device's own result text, e.g. Eaton <c>smtp-Result</c>; null when it has none.</summary>
    public string? DeviceResult { get; init; }

    /// <summary>Why it was not sent.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];
}
