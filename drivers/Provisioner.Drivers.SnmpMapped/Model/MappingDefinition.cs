using Provisioner.Abstractions;

namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>
/// A validated mapping file: what the device is, how to recognise it, and where each canonical setting
/// sits in its MIB. <see cref="MappedSnmpDriver"/> turns it into a driver.
/// </summary>
public sealed record MappingDefinition
{
    /// <summary>The mapping's own id (lower-case letters, digits, '-'); the driver id is <c>mapped.&lt;id&gt;</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The vendor, e.g. <c>Eaton</c>.</summary>
    public required string Vendor { get; init; }

    /// <summary>The models covered.</summary>
    public required IReadOnlyList<string> Models { get; init; }

    /// <summary>A one-line description for the support matrix.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>How to recognise the device.</summary>
    public required IdentityRule Identity { get; init; }

    /// <summary>The SNMP versions the device speaks.</summary>
    public required IReadOnlyList<DriverTransport> Transports { get; init; }

    /// <summary>The agent's UDP port; 161 unless the file says otherwise.</summary>
    public int Port { get; init; } = 161;

    /// <summary>The scalar settings by catalogue key.</summary>
    public required IReadOnlyDictionary<SettingKey, ObjectMapping> Scalars { get; init; }

    /// <summary>The recipient objects, or null when the device has none.</summary>
    public RecipientMapping? Recipients { get; init; }

    /// <summary>The order in which settings are written; settings not listed follow in catalogue order.</summary>
    public required IReadOnlyList<SettingKey> WriteOrder { get; init; }

    /// <summary>Settings the device cannot take over SNMP, with what a person must do instead (the report's rollout checklist).</summary>
    public IReadOnlyDictionary<SettingKey, ManualStep> ManualSteps { get; init; } = new Dictionary<SettingKey, ManualStep>();

    /// <summary>The object to set after writing, or null.</summary>
    public CommitMapping? Commit { get; init; }

    /// <summary>The file it was read from.</summary>
    public string SourceFile { get; init; } = string.Empty;

    /// <summary>True when <c>alerts.minimum_severity</c> has no object of its own and is carried by the recipients' levels.</summary>
    public bool SeverityFromRecipients => Recipients?.Severity is not null && !Scalars.ContainsKey(SettingKey.AlertsMinimumSeverity);

    /// <summary>The driver id: <c>mapped.&lt;Id&gt;</c>.</summary>
    public string DriverId => MappingNames.DriverIdPrefix + Id;
}
