using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV009: devices of a site with separate staff send only to groups qualified with the site id.</summary>
public sealed class SeparateStaffUsesSiteGroups : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV009", "separate-staff-site-groups", DiagnosticSeverity.Error, "A site with separate staff uses site-qualified groups");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        foreach (var site in inventory.Sites.Where(s => s.SeparateStaff))
        {
            foreach (var device in site.Devices)
            {
                foreach (var recipient in device.Desired.Recipients)
                {
                    var local = GroupNaming.LocalPart(recipient.Address);
                    if (!GroupNaming.IsQualifiedFor(local, site.Id))
                    {
                        yield return Descriptor.Finding(
                            $"Recipient '{recipient.Address}' is not qualified with site '{site.Id}'",
                            $"Site '{site.Id}' is managed by separate staff, so its alerts go to its own groups: use '{GroupNaming.SiteQualified(local, site.Id)}@{inventory.Organisation.Domain}'.",
                            device.Provenance.Recipients.Source,
                            device.Name);
                    }
                }
            }
        }
    }
}
