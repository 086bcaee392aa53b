using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV018: the organisation has the base <c>alerts</c> group.</summary>
public sealed class BaseAlertsGroupExists : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV018", "alerts-group-exists", DiagnosticSeverity.Warning, "The organisation has the distribution group alerts@domain");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        if (inventory.FindGroup(GroupNaming.BaseGroup) is null)
        {
            yield return Descriptor.Finding(
                $"There is no '{GroupNaming.BaseGroup}' group ({GroupNaming.BaseGroup}@{inventory.Organisation.Domain})",
                $"Every organisation starts with alerts@{inventory.Organisation.Domain}, holding the shared mailbox and the people who maintain the infrastructure. Add 'alerts: {{ members: [{inventory.SharedMailbox}, ...] }}' under 'groups:'.",
                inventory.Groups.Count > 0 ? inventory.Groups[0].Sources.Self : inventory.Organisation.Sources.Self);
        }
    }
}
