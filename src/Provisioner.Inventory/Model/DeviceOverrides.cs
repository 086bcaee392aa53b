using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>Per-device overrides of derived values; every unset value stays derived.</summary>
public sealed record DeviceOverrides
{
    /// <summary>The sender address, or null to derive it from the device name.</summary>
    public string? From { get; init; }

    /// <summary>The recipient addresses, or null to derive them from the category.</summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    /// <summary>The minimum severity, or null to inherit.</summary>
    public AlertSeverity? MinimumSeverity { get; init; }

    /// <summary>Whether alert e-mail is on, or null to inherit.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The device's own relay settings, or null.</summary>
    public RelayOverride? Relay { get; init; }

    /// <summary>Where it and each key were written.</summary>
    public required SourceMap Sources { get; init; }
}
