using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// The desired values of one device for one driver: mapped from <see cref="NotificationSettings"/>,
/// normalised, and checked against the driver's constraints before any I/O.
/// </summary>
internal sealed class DesiredState
{
    private DesiredState(SortedDictionary<SettingKey, SettingValue> values, DiagnosticList violations)
    {
        Values = values;
        Violations = violations;
    }

    /// <summary>The normalised desired values by key, in catalogue order.</summary>
    public SortedDictionary<SettingKey, SettingValue> Values { get; }

    /// <summary>Constraint violations; any error stops the device before I/O.</summary>
    public DiagnosticList Violations { get; }

    public static DesiredState Build(DeviceTarget target, DriverDescriptor descriptor, ISecretResolver secrets)
    {
        var raw = SettingMap.ToValues(target.Desired, secrets);
        var values = new SortedDictionary<SettingKey, SettingValue>(SettingKey.CatalogueOrder);
        var violations = new DiagnosticList();
        foreach (var (key, value) in raw)
        {
            var normal = SettingNormalizer.Normalize(key, value, descriptor.Recipients, target.Desired.MinimumSeverity);
            values[key] = normal;
            if (descriptor.Find(key) is { } setting)
            {
                Check(target.Name, setting, normal, descriptor.Recipients, violations);
            }
        }

        return new DesiredState(values, violations);
    }

    private static void Check(string device, SettingDescriptor setting, SettingValue value, RecipientModel model, DiagnosticList violations)
    {
        var c = setting.Constraints;
        var key = setting.Key;
        void Fail(string path, string summary, string detail) =>
            violations.Add(Diagnostic.Error("desired.constraint", summary, detail) with { Path = path, Device = device });

        switch (value)
        {
            case TextValue text when c.MaxLength is { } max && text.Value.Length > max:
                Fail(key.Name, $"Value too long for {key.Name}", $"The device holds at most {max} characters; the inventory gives {text.Value.Length}. Shorten the value in the inventory.");
                break;
            case SecretValue secret when c.MaxLength is { } max && secret.Value.Length > max:
                Fail(key.Name, $"Secret too long for {key.Name}", $"The device holds at most {max} characters. Use a shorter secret.");
                break;
            case IntegerValue number when (c.Minimum is { } min && number.Value < min) || (c.Maximum is { } top && number.Value > top):
                Fail(key.Name, $"Value out of range for {key.Name}", $"The device accepts {c.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "any"} to {c.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "any"}; the inventory gives {number.Value}.");
                break;
            case RecipientsValue list:
                CheckRecipients(key, list, c, model, Fail);
                break;
        }

        if (c.AllowedValues is { } allowed && value is not RecipientsValue && !allowed.Contains(value.ToDisplayString(), StringComparer.OrdinalIgnoreCase))
        {
            Fail(key.Name, $"Value not accepted for {key.Name}", $"The device accepts {string.Join(", ", allowed)}; the inventory gives {value.ToDisplayString()}.");
        }
    }

    private static void CheckRecipients(SettingKey key, RecipientsValue list, SettingConstraints c, RecipientModel model, Action<string, string, string> fail)
    {
        var maxItems = c.MaxItems ?? model.MaxItems;
        if (maxItems is { } max && list.Value.Count > max)
        {
            fail(key.Name, "Too many recipients", $"The device holds {max} recipient(s); the inventory gives {list.Value.Count}. The recipients are groups already: send the device's category to fewer groups (split the category so that these devices get their own), or to one group whose members include the others' members. 'provisioner lint' reports this as PV022 before any run.");
        }

        for (var i = 0; i < list.Value.Count; i++)
        {
            if (c.MaxLength is { } length && list.Value[i].Address.Length > length)
            {
                fail(key.PathAt(i), "Recipient address too long", $"The device holds at most {length} characters per address; '{list.Value[i].Address}' has {list.Value[i].Address.Length}.");
            }
        }
    }
}
