using Provisioner.Inventory;

namespace Provisioner.Mail;

/// <summary>Maps a resolved inventory (<see cref="InventoryModel"/>) onto its <see cref="MailSide"/>.</summary>
public static class MailSideBuilder
{
    /// <summary>Builds the mail side of <paramref name="inventory"/>.</summary>
    /// <param name="inventory">The loaded, resolved inventory.</param>
    /// <param name="origin">Where the inventory came from (see <see cref="GitOriginReader"/>).</param>
    /// <returns>The mail side: domain, relay, groups (critical ones marked), devices with their desired settings.</returns>
    public static MailSide Build(InventoryModel inventory, InventoryOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(origin);
        var siteIds = inventory.Sites.Select(s => s.Id).ToList();
        var relay = inventory.Relay;
        return new MailSide
        {
            Domain = inventory.Organisation.Domain,
            SharedMailbox = inventory.SharedMailbox,
            SharedMailboxSource = inventory.Organisation.Sources.Of("shared_mailbox"),
            Origin = origin,
            Relay = new MailRelay
            {
                Address = relay.Address,
                Hostname = relay.Hostname,
                AllowedRanges = relay.AllowedRanges,
                Source = relay.Sources.Self,
                AllowedRangesSource = relay.Sources.Of("allowed_ranges"),
            },
            Groups = [.. inventory.Groups.Select(g => new MailGroup
            {
                Name = g.Name,
                Address = g.Address,
                Members = g.Members,
                External = g.External,
                Hidden = g.Hidden,
                Critical = GroupNaming.IsCriticalGroup(g.Name, siteIds),
                Source = g.Sources.Self,
            })],
            Devices = [.. inventory.Devices.Select(d => new MailDevice
            {
                Name = d.Name,
                Site = d.SiteId,
                Category = InventoryNames.Of(d.Category),
                Address = d.Address,
                FromAddress = d.Desired.FromAddress,
                Recipients = [.. d.Desired.Recipients.Select(r => r.Address)],
                RelayAddress = d.Desired.RelayAddress,
                Enabled = d.Desired.Enabled,
                Source = d.Sources.Self,
                AddressSource = d.Sources.Of("address"),
                FromSource = d.Provenance.FromAddress.Source,
                RecipientsSource = d.Provenance.Recipients.Source,
            })],
        };
    }
}
