using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy;

/// <summary>One rule of the notification guideline, checked against a loaded inventory before any device is touched.</summary>
public interface IGuidelineRule
{
    /// <summary>The rule's id, name, severity and title.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Returns every violation in <paramref name="inventory"/>; none when it complies.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <returns>The findings, each with a location.</returns>
    IEnumerable<Diagnostic> Evaluate(InventoryModel inventory);
}
