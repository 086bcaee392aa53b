namespace Provisioner.Core;

/// <summary>How the <see cref="DeviceEngine"/> treats each device.</summary>
public sealed record EngineOptions
{
    /// <summary>The timeout of one request to a device (<c>OpenRequest.Timeout</c>). Default 5 seconds.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>When write-only settings are written. Default <see cref="WriteOnlyPolicy.WithOtherChanges"/>.</summary>
    public WriteOnlyPolicy WriteOnly { get; init; } = WriteOnlyPolicy.WithOtherChanges;

    /// <summary>Whether to refuse devices whose identity does not match the driver's <c>IdentityRule</c>. Default true.</summary>
    public bool CheckIdentity { get; init; } = true;
}
