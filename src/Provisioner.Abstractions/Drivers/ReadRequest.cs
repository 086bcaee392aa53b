namespace Provisioner.Abstractions;

/// <summary>Which settings to read.</summary>
public sealed record ReadRequest
{
    /// <summary>The keys to read; the response holds exactly these.</summary>
    public required IReadOnlySet<SettingKey> Keys { get; init; }
}
