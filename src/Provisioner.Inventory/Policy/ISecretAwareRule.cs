using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy;

/// <summary>
/// A guideline rule that needs resolved secret values. Its plain <see cref="IGuidelineRule.Evaluate(InventoryModel)"/>
/// finds nothing; <see cref="GuidelinePolicy.Evaluate(InventoryModel, ISecretResolver)"/> runs it with a resolver.
/// </summary>
public interface ISecretAwareRule : IGuidelineRule
{
    /// <summary>Returns every violation, resolving secret references through <paramref name="secrets"/>; a reference that does not resolve is skipped.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="secrets">Resolves references; its values never appear in a finding.</param>
    /// <returns>The findings.</returns>
    IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, ISecretResolver secrets);
}
