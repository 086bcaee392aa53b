using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>
/// PV025: the device accepts the other values the inventory gives it (the relay port in its range,
/// a security mode or severity it knows, text within its length): the engine's constraint check,
/// run before any device is contacted. Recipients and sender are PV022 and PV023; secrets are not
/// resolved by lint, so their length is checked by the run.
/// </summary>
public sealed class ValuesFitDevice : IDriverRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV025", "values-fit-device", DiagnosticSeverity.Error, "The device accepts the inventory's values");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, Device device, DriverDescriptor? driver, DriverDescriptorSet drivers)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (driver is null)
        {
            yield break;
        }

        foreach (var (key, value) in SettingMap.ToValues(device.Desired, UnresolvedSecrets.Instance))
        {
            if (key.Equals(SettingKey.SmtpFrom) || value is RecipientsValue or SecretValue || driver.Find(key) is not { } setting)
            {
                continue;
            }

            if (Problem(setting.Constraints, value) is { } problem)
            {
                yield return Descriptor.Finding(
                    $"Driver '{driver.Id}' does not accept {key.Name} = {value.ToDisplayString()}: {problem}",
                    $"Change the value at {Where(device, key)} to one the device accepts, or correct 'driver:' if the device is not what it names.",
                    Source(device, key),
                    device.Name) with { Path = key.Name };
            }
        }
    }

    private static string? Problem(SettingConstraints c, SettingValue value) => value switch
    {
        TextValue text when c.MaxLength is { } max && text.Value.Length > max => $"it holds at most {max} characters; the value has {text.Value.Length}",
        IntegerValue number when (c.Minimum is { } min && number.Value < min) || (c.Maximum is { } top && number.Value > top) =>
            $"it accepts {c.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "any"} to {c.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "any"}",
        _ when c.AllowedValues is { } allowed && !allowed.Contains(value.ToDisplayString(), StringComparer.OrdinalIgnoreCase) => $"it accepts {string.Join(", ", allowed)}",
        _ => null,
    };

    private static SourceLocation Source(Device device, SettingKey key) => Origin(device, key).Source ?? device.Sources.Self;

    private static string Where(Device device, SettingKey key) => Origin(device, key).Description;

    private static Provenance Origin(Device device, SettingKey key)
    {
        var p = device.Provenance;
        return key.Name switch
        {
            "smtp.enabled" => p.Enabled,
            "smtp.relay" => p.RelayAddress,
            "smtp.port" => p.RelayPort,
            "smtp.security" => p.Security,
            "smtp.auth.user" => p.Auth,
            _ => p.MinimumSeverity,
        };
    }

    /// <summary>Lint resolves no secret: secret values stand in empty and are skipped.</summary>
    private sealed class UnresolvedSecrets : ISecretResolver
    {
        public static UnresolvedSecrets Instance { get; } = new();

        public Secret Resolve(SecretReference reference) => new(string.Empty);
    }
}
