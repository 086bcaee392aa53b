namespace Provisioner.Abstractions;

/// <summary>
/// How one driver supports one catalogue setting: access, sensitivity, constraints and docs.
/// Modelled on Terraform's schema attributes. Data only: the engine and the support matrix read it.
/// </summary>
/// <example>
/// <code>
/// new SettingDescriptor { Key = SettingKey.SmtpFrom, Description = "emailFromAddress, 64 characters",
///     Constraints = new() { MaxLength = 64 } }
/// </code>
/// </example>
public sealed record SettingDescriptor
{
    /// <summary>The catalogue key.</summary>
    public required SettingKey Key { get; init; }

    /// <summary>The canonical value type, always <see cref="SettingKey.Type"/> of <see cref="Key"/>.</summary>
    public SettingType Type => Key.Type;

    /// <summary>What the driver can do with the setting; <see cref="SettingAccess.ReadWrite"/> by default.</summary>
    public SettingAccess Access { get; init; } = SettingAccess.ReadWrite;

    /// <summary>
    /// True when values are secret: they are carried as <see cref="SecretValue"/> and redacted in
    /// every sink (console, logs, reports, exceptions). Settings of type <see cref="SettingType.Secret"/> must be sensitive.
    /// </summary>
    public bool Sensitive { get; init; }

    /// <summary>The values the device accepts.</summary>
    public SettingConstraints Constraints { get; init; } = SettingConstraints.None;

    /// <summary>What the device holds when nothing was configured, as text (e.g. <c>25</c>); null when unknown.</summary>
    public string? DeviceDefault { get; init; }

    /// <summary>How the setting is named on the device and anything a reader must know. Required.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// For settings the device cannot take over its API (<see cref="SettingAccess.ReadOnly"/>): what a
    /// person must do by hand. The engine reports it whenever the setting differs; null otherwise.
    /// </summary>
    public ManualStep? ManualStep { get; init; }
}
