using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV018: the organisation has the base <c>alerts</c> group (or, when every site has separate staff, each site has <c>alerts-&lt;site&gt;</c>).</summary>
public sealed class BaseAlertsGroupExists : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV018", "alerts-group-exists", DiagnosticSeverity.Warning, "The organisation has the distribution group alerts@domain");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        // Where every site has its own staff, the guideline's base groups are alerts-<site>@.
        var everySiteHasItsOwn = inventory.Sites.Count > 0
            && inventory.Sites.All(s => s.SeparateStaff && inventory.FindGroup(GroupNaming.SiteQualified(GroupNaming.BaseGroup, s.Id)) is not null);
        if (inventory.FindGroup(GroupNaming.BaseGroup) is null && !everySiteHasItsOwn)
        {
            yield return Descriptor.Finding(
                $"There is no '{GroupNaming.BaseGroup}' group ({GroupNaming.BaseGroup}@{inventory.Organisation.Domain})",
                $"Every organisation starts with alerts@{inventory.Organisation.Domain}, holding the shared mailbox and the people who maintain the infrastructure. Add 'alerts: {{ members: [{inventory.SharedMailbox}, ...] }}' under 'groups:'.",
                inventory.Groups.Count > 0 ? inventory.Groups[0].Sources.Self : inventory.Organisation.Sources.Self);
        }
    }
}
