using Provisioner.Abstractions;
using Provisioner.Cli.Drivers;
using Provisioner.Inventory;
using Provisioner.Inventory.Policy;
using Provisioner.Inventory.Policy.Drivers;

namespace Provisioner.Cli.Running;

/// <summary>
/// The checks of a loaded inventory that need no secret and no device (DESIGN.md, "Preflight before
/// the first device"): the guideline rules, the mapping files of snmp-mapped devices, and every
/// device against its driver's descriptor. <c>lint</c> prints them; plan, apply and diff stop on errors.
/// </summary>
internal static class InventoryPreflight
{
    /// <summary>The descriptors of the drivers this build has: the one place the driver list enters the checks.</summary>
    private static IReadOnlyList<DriverDescriptor> BuiltIn => BuiltInDrivers.Descriptors;

    /// <summary>Runs every check on <paramref name="inventory"/>.</summary>
    /// <param name="inventory">The loaded inventory.</param>
    /// <param name="secrets">Resolves secrets for the rules that look at their values (trivial communities); null to skip those.</param>
    /// <param name="cancellationToken">Cancels reading the mapping files.</param>
    /// <returns>Every finding: guideline rules, mapping files (file:line:column), driver rules.</returns>
    public static async Task<DiagnosticList> CheckAsync(InventoryModel inventory, ISecretResolver? secrets, CancellationToken cancellationToken)
    {
        var diagnostics = GuidelinePolicy.Evaluate(inventory, secrets);
        var (mappings, problems) = await MappedDevices.LoadAsync(inventory.Devices, cancellationToken).ConfigureAwait(false);
        diagnostics.AddRange(problems);
        diagnostics.AddRange(DriverFitCheck.Evaluate(inventory, new DriverDescriptorSet(BuiltIn, mappings.DescriptorsByFile)));
        return diagnostics;
    }

    /// <summary>The descriptor of every driver a run may use: the built-in ones and those of <paramref name="mapped"/>, by id.</summary>
    /// <param name="mapped">The descriptors built from the run's mapping files.</param>
    /// <returns>The descriptors by driver id.</returns>
    public static IReadOnlyDictionary<string, DriverDescriptor> ById(IEnumerable<DriverDescriptor> mapped) =>
        BuiltIn.Concat(mapped).GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
