using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>
/// Checks every device against its driver's descriptor before any device is contacted (DESIGN.md,
/// "Preflight before the first device"): the driver exists, fits the credentials, and can hold the
/// recipients, the sender and the other settings. Rules PV020 to PV025 in docs/rules.md.
/// </summary>
public static class DriverFitCheck
{
    /// <summary>Every driver rule, in id order.</summary>
    public static IReadOnlyList<IDriverRule> Rules { get; } =
    [
        new DriverExists(),
        new DriverFitsCredentials(),
        new RecipientsFitDevice(),
        new SenderFitsDevice(),
        new SettingsSetByHand(),
        new ValuesFitDevice(),
    ];

    /// <summary>Runs every driver rule against every device of <paramref name="inventory"/>.</summary>
    /// <param name="inventory">The loaded inventory.</param>
    /// <param name="drivers">The descriptors to check against (passed in by the CLI).</param>
    /// <returns>Every finding, device by device.</returns>
    public static DiagnosticList Evaluate(InventoryModel inventory, DriverDescriptorSet drivers)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(drivers);
        var findings = new DiagnosticList();
        foreach (var device in inventory.Devices)
        {
            var driver = drivers.Find(device);
            foreach (var rule in Rules)
            {
                findings.AddRange(rule.Evaluate(inventory, device, driver, drivers));
            }
        }

        return findings;
    }
}
