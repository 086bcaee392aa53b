namespace Provisioner.Inventory;

/// <summary>Where each value of a device's desired <see cref="Provisioner.Abstractions.NotificationSettings"/> came from.</summary>
public sealed record DeviceProvenance
{
    /// <summary>Origin of <c>Enabled</c>.</summary>
    public required Provenance Enabled { get; init; }

    /// <summary>Origin of <c>RelayAddress</c>.</summary>
    public required Provenance RelayAddress { get; init; }

    /// <summary>Origin of <c>RelayPort</c>.</summary>
    public required Provenance RelayPort { get; init; }

    /// <summary>Origin of <c>Security</c>.</summary>
    public required Provenance Security { get; init; }

    /// <summary>Origin of <c>AuthUser</c> and <c>AuthPassword</c>.</summary>
    public required Provenance Auth { get; init; }

    /// <summary>Origin of <c>FromAddress</c>.</summary>
    public required Provenance FromAddress { get; init; }

    /// <summary>Origin of <c>Recipients</c>.</summary>
    public required Provenance Recipients { get; init; }

    /// <summary>Origin of <c>MinimumSeverity</c>.</summary>
    public required Provenance MinimumSeverity { get; init; }

    /// <summary>Every origin with its setting name (<c>enabled</c>, <c>relay_address</c>, …), in display order.</summary>
    /// <returns>The pairs.</returns>
    public IEnumerable<KeyValuePair<string, Provenance>> Entries()
    {
        yield return new("relay_address", RelayAddress);
        yield return new("relay_port", RelayPort);
        yield return new("security", Security);
        yield return new("auth", Auth);
        yield return new("from", FromAddress);
        yield return new("recipients", Recipients);
        yield return new("minimum_severity", MinimumSeverity);
        yield return new("enabled", Enabled);
    }
}
