using System.Net;
using Provisioner.Abstractions;

namespace Provisioner.Mail;

/// <summary>
/// Cross-checks the device side against the mail side without a mail server: every device inside
/// the relay ranges, every recipient a rendered group, every group holding the shared mailbox, no
/// deliverable sender, every critical group with an external recipient. Disabled devices send
/// nothing and are not checked.
/// </summary>
public static class MailSideChecker
{
    /// <summary>Checks <paramref name="side"/>.</summary>
    /// <param name="side">The mail side of the inventory.</param>
    /// <returns>The findings, in a stable order; empty when both sides agree.</returns>
    public static DiagnosticList Check(MailSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var diagnostics = new DiagnosticList();
        CheckRelayRanges(side, diagnostics);
        CheckGroups(side, diagnostics);
        var groups = side.Groups.Select(g => g.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var deliverable = DeliverableAddresses(side);
        foreach (var device in side.Devices.Where(d => d.Enabled))
        {
            CheckDeviceAddress(side, device, diagnostics);
            CheckRecipients(device, groups, diagnostics);
            if (deliverable.Contains(device.FromAddress))
            {
                diagnostics.Add(Diagnostic.Error(
                    MailCheckCodes.SenderDeliverable,
                    $"Sender {device.FromAddress} is a deliverable address",
                    "The guideline says a sender must not be a valid destination, or a bounce or auto-reply can loop. "
                    + "Name the sender after the device (e.g. <device>@" + side.Domain + ") and keep it out of groups, contacts and the shared mailbox.")
                    with { Device = device.Name, Path = "from", Source = device.FromSource ?? device.Source });
            }
        }

        return diagnostics;
    }

    private static void CheckRelayRanges(MailSide side, DiagnosticList diagnostics)
    {
        if (side.Relay.AllowedRanges.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(
                MailCheckCodes.NoRelayRanges,
                "The relay allows relaying from no address range",
                "Add the ranges the devices send from to relay.allowed_ranges (e.g. 10.6.0.0/16); the rendered relay configuration is empty without them.")
                with { Path = "relay.allowed_ranges", Source = side.Relay.AllowedRangesSource ?? side.Relay.Source });
        }

        if (string.IsNullOrWhiteSpace(side.Relay.Hostname))
        {
            diagnostics.Add(Diagnostic.Warning(
                MailCheckCodes.RelayHostnameMissing,
                "The relay has no hostname, so the smtp CNAME cannot be rendered",
                "The guideline asks for a CNAME 'smtp' in the internal zone pointing at the relay's FQDN. Add 'hostname: <FQDN>' under relay.")
                with { Path = "relay.hostname", Source = side.Relay.Source });
        }
    }

    private static void CheckGroups(MailSide side, DiagnosticList diagnostics)
    {
        foreach (var group in side.Groups)
        {
            if (!group.Members.Contains(side.SharedMailbox, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(Diagnostic.Error(
                    MailCheckCodes.GroupWithoutSharedMailbox,
                    $"Group {group.Address} does not contain the shared mailbox {side.SharedMailbox}",
                    "The guideline says every group includes the shared mailbox for central, historical reference. Add it to the group's members.")
                    with { Path = $"groups.{group.Name}.members", Source = group.Source });
            }

            if (group.Critical && group.External.Count == 0)
            {
                diagnostics.Add(Diagnostic.Warning(
                    MailCheckCodes.CriticalGroupWithoutExternal,
                    $"Critical group {group.Address} has no external recipient",
                    "The guideline sends critical alerts (power, environment) to internal and external recipients. Add an SMS or pager gateway address under the group's external list.")
                    with { Path = $"groups.{group.Name}.external", Source = group.Source });
            }
        }
    }

    private static void CheckDeviceAddress(MailSide side, MailDevice device, DiagnosticList diagnostics)
    {
        var where = device.AddressSource ?? device.Source;
        if (!string.Equals(device.RelayAddress, side.Relay.Address, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Warning(
                MailCheckCodes.DeviceUsesOtherRelay,
                $"Device sends through relay {device.RelayAddress}, not {side.Relay.Address}",
                "The rendered mail configuration covers only the inventory's relay. Configure the other relay by hand, or drop the device's relay override.")
                with { Device = device.Name, Path = "overrides.relay", Source = device.Source });
            return;
        }

        if (!IPAddress.TryParse(device.Address, out var address))
        {
            diagnostics.Add(Diagnostic.Warning(
                MailCheckCodes.DeviceAddressNotIp,
                $"Device address {device.Address} is a host name; it cannot be checked against the relay ranges",
                "The relay sees the device's IP address. Write the management address as an IP literal so mail check can prove the relay accepts it.")
                with { Device = device.Name, Path = "address", Source = where });
            return;
        }

        if (side.Relay.AllowedRanges.Count > 0 && !side.Relay.AllowedRanges.Any(r => r.Contains(address)))
        {
            diagnostics.Add(Diagnostic.Error(
                MailCheckCodes.DeviceOutsideRelayRanges,
                $"Device address {device.Address} is outside every relay range",
                $"The relay accepts mail only from {string.Join(", ", side.Relay.AllowedRanges)}. "
                + "Add a range covering the device to relay.allowed_ranges, or correct the address.")
                with { Device = device.Name, Path = "address", Source = where });
        }
    }

    private static void CheckRecipients(MailDevice device, HashSet<string> groups, DiagnosticList diagnostics)
    {
        for (var i = 0; i < device.Recipients.Count; i++)
        {
            var recipient = device.Recipients[i];
            if (!groups.Contains(recipient))
            {
                diagnostics.Add(Diagnostic.Error(
                    MailCheckCodes.RecipientNotGroup,
                    $"Recipient {recipient} is not a distribution group the mail side defines",
                    "Devices send to distribution groups only, and the render creates only the inventory's groups. "
                    + "Define the group under groups (site-qualified groups too, e.g. alerts-<site>-power), or correct the recipient.")
                    with { Device = device.Name, Path = $"recipients[{i}]", Source = device.RecipientsSource ?? device.Source });
            }
        }
    }

    private static HashSet<string> DeliverableAddresses(MailSide side)
    {
        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { side.SharedMailbox };
        foreach (var group in side.Groups)
        {
            addresses.Add(group.Address);
            addresses.UnionWith(group.AllRecipients);
        }

        return addresses;
    }
}
