namespace Provisioner.Abstractions;

/// <summary>What a driver read: one <see cref="Observed"/> per requested key.</summary>
public sealed record ReadResponse
{
    /// <summary>The observation of every requested key, in canonical form.</summary>
    public required IReadOnlyDictionary<SettingKey, Observed> Values { get; init; }

    /// <summary>Warnings and notes, e.g. a value the device truncated; paths name the setting.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];
}
