namespace Provisioner.Abstractions;

/// <summary>
/// What a driver supports, as data: identity, transports, settings with constraints, recipient model
/// and capabilities. The engine validates desired values against it before any I/O, and the CLI prints
/// the support matrix from it.
/// </summary>
/// <example>
/// Id <c>eaton.sc200</c>, vendor <c>Eaton</c>, models <c>SC200</c>, <c>SC300</c>, transports SNMPv2c/v3,
/// recipients <c>RecipientModel.FixedSlots(4, perRecipientSeverity: true)</c>, capabilities <c>TestMessage</c>.
/// </example>
public sealed record DriverDescriptor
{
    /// <summary>The stable driver id the inventory names, lower-case dotted: <c>vendor.family</c>, e.g. <c>eaton.sc200</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The vendor, e.g. <c>Eaton</c>.</summary>
    public required string Vendor { get; init; }

    /// <summary>The models covered, e.g. <c>SC200</c>.</summary>
    public required IReadOnlyList<string> Models { get; init; }

    /// <summary>The firmware versions the driver was tested with, as text, e.g. <c>4.x</c>; null when unstated.</summary>
    public string? FirmwareRange { get; init; }

    /// <summary>The transports the driver can use.</summary>
    public required IReadOnlyList<DriverTransport> Transports { get; init; }

    /// <summary>The port used when the inventory gives none, e.g. 161; null when the driver has no default.</summary>
    public int? DefaultPort { get; init; }

    /// <summary>The supported settings, one per catalogue key at most. Keys not listed are not supported.</summary>
    public required IReadOnlyList<SettingDescriptor> Settings { get; init; }

    /// <summary>How the device stores recipients.</summary>
    public RecipientModel Recipients { get; init; } = RecipientModel.None;

    /// <summary>How the device holds the sender address; a whole address of unknown length by default.</summary>
    public SenderModel Sender { get; init; } = SenderModel.FullAddress;

    /// <summary>The inventory kind and category the driver's devices usually have, for discovery; null when the driver cannot tell.</summary>
    public InventoryHints? Hints { get; init; }

    /// <summary>
    /// The most devices of this driver a run works on at once, before any inventory override, for drivers
    /// whose devices share something that takes few sessions (a management server, a rate-limited API).
    /// The engine already holds one session per device, so a device's own session limit needs no cap here.
    /// Null means the run's global and per-site limits only.
    /// </summary>
    public int? MaxParallelSessions { get; init; }

    /// <summary>The optional capabilities; must agree with the interfaces the sessions implement.</summary>
    public DriverCapabilities Capabilities { get; init; } = DriverCapabilities.None;

    /// <summary>How to recognise the device from its identity; null to accept any device.</summary>
    public IdentityRule? Identity { get; init; }

    /// <summary>A short description for the support matrix.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The descriptor of <paramref name="key"/>, or null when the driver does not support it.</summary>
    /// <param name="key">The catalogue key.</param>
    /// <returns>The setting descriptor or null.</returns>
    public SettingDescriptor? Find(SettingKey key)
    {
        // An index loop: the engine asks this per setting per device, and foreach over the interface boxes an enumerator.
        var settings = Settings;
        for (var i = 0; i < settings.Count; i++)
        {
            if (settings[i].Key.Equals(key))
            {
                return settings[i];
            }
        }

        return null;
    }

    /// <summary>The keys whose access is <see cref="SettingAccess.WriteOnly"/>.</summary>
    public IEnumerable<SettingKey> WriteOnlySettings => Settings.Where(s => s.Access == SettingAccess.WriteOnly).Select(s => s.Key);
}
