using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>
/// PV024: the settings the inventory wants that the driver cannot write (not in its descriptor, or
/// read-only with a manual step), listed as the manual steps a person will have to do. Information,
/// never an error: the run reports the same steps per device.
/// </summary>
public sealed class SettingsSetByHand : IDriverRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV024", "settings-set-by-hand", DiagnosticSeverity.Info, "Settings the device's API cannot take are listed as manual steps");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, Device device, DriverDescriptor? driver, DriverDescriptorSet drivers)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (driver is null)
        {
            yield break;
        }

        var steps = new List<string>();
        foreach (var (key, value) in Wanted(device.Desired))
        {
            var setting = driver.Find(key);
            if (setting is null)
            {
                steps.Add($"{key.Name} = {value} (driver '{driver.Id}' does not manage it: set it in the device's own interface)");
            }
            else if (setting.Access == SettingAccess.ReadOnly)
            {
                steps.Add(setting.ManualStep is { } step ? $"{key.Name} = {value}: {step.What} in {step.Where}" : $"{key.Name} = {value} (read-only over the API: set it in the device's own interface)");
            }
        }

        if (steps.Count > 0)
        {
            yield return Descriptor.Finding(
                $"{steps.Count} setting(s) must be set by hand: {string.Join(", ", steps.Select(s => s[..s.IndexOf(' ', StringComparison.Ordinal)]))}",
                string.Join("; ", steps) + ". 'plan' and 'apply' list these steps per device.",
                device.Sources.Of("driver"),
                device.Name);
        }
    }

    /// <summary>The settings the inventory gives a value that a device must hold, with the value as text (secret references, never secrets).</summary>
    private static IEnumerable<(SettingKey Key, string Value)> Wanted(NotificationSettings desired)
    {
        if (!desired.Enabled)
        {
            yield return (SettingKey.SmtpEnabled, "false");
        }

        yield return (SettingKey.SmtpRelay, desired.RelayAddress);
        if (desired.RelayPort != 25)
        {
            yield return (SettingKey.SmtpPort, desired.RelayPort.ToString(CultureInfo.InvariantCulture));
        }

        if (desired.Security != SmtpSecurity.None)
        {
            yield return (SettingKey.SmtpSecurity, InventoryNames.Of(desired.Security));
        }

        if (!string.IsNullOrEmpty(desired.AuthUser))
        {
            yield return (SettingKey.SmtpAuthUser, desired.AuthUser);
        }

        if (desired.AuthPassword is { } password)
        {
            yield return (SettingKey.SmtpAuthPassword, password.ToString());
        }

        yield return (SettingKey.SmtpFrom, desired.FromAddress);
        if (desired.Recipients.Count > 0)
        {
            yield return (SettingKey.SmtpRecipients, string.Join(", ", desired.Recipients.Select(r => r.Address)));
        }

        yield return (SettingKey.AlertsMinimumSeverity, InventoryNames.Of(desired.MinimumSeverity));
    }
}
