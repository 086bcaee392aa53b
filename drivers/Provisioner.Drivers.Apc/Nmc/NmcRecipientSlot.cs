using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>One of the card's four recipients as <c>email</c> shows it (layout: <see cref="NmcAssumptions"/>).</summary>
/// <param name="Slot">1–4.</param>
/// <param name="Enabled">Generation enabled.</param>
/// <param name="Address">The To address; empty when unset.</param>
/// <param name="Route">The route word, lower case (<c>local</c> when the read-out shows none).</param>
internal sealed record NmcRecipientSlot(int Slot, bool Enabled, string Address, string Route)
{
    /// <summary>True when the slot sends mail to its address through the configured relay: what a canonical recipient means.</summary>
    public bool Delivers => Enabled && Address.Length > 0 && Route == NmcCommands.RouteLocal;

    /// <summary>Parses the read-out of <c>email</c>: exactly four recipient blocks.</summary>
    /// <param name="body">The lines after <c>E000: Success</c>.</param>
    /// <param name="endpoint">The endpoint, for messages.</param>
    /// <returns>Slots 1–4 in order.</returns>
    /// <exception cref="DeviceProtocolException">The read-out does not hold recipients 1–4.</exception>
    public static IReadOnlyList<NmcRecipientSlot> Parse(string body, string endpoint)
    {
        var slots = new List<NmcRecipientSlot>();
        NmcRecipientSlot? current = null;
        foreach (var (label, value) in NmcReadout.Pairs(body))
        {
            if (string.Equals(label, NmcAssumptions.RecipientLabel, StringComparison.OrdinalIgnoreCase))
            {
                Close();
                current = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? new NmcRecipientSlot(n, false, string.Empty, NmcCommands.RouteLocal) : null;
            }
            else if (current is not null && string.Equals(label, NmcAssumptions.GenerationLabel, StringComparison.OrdinalIgnoreCase))
            {
                current = current with { Enabled = value.StartsWith("enable", StringComparison.OrdinalIgnoreCase) };
            }
            else if (current is not null && NmcAssumptions.AddressLabels.Contains(label, StringComparer.OrdinalIgnoreCase))
            {
                current = current with { Address = value };
            }
            else if (current is not null && NmcAssumptions.RouteLabels.Contains(label, StringComparer.OrdinalIgnoreCase))
            {
                current = current with { Route = value.ToLowerInvariant() };
            }
        }

        Close();
        if (slots.Count != NmcCommands.Slots || slots.Select(s => s.Slot).Order().Where((s, i) => s != i + 1).Any())
        {
            throw new DeviceProtocolException($"SSH at {endpoint}: `email` did not show recipients 1-{NmcCommands.Slots} in the layout the driver reads (README, Unverified). Check the card's output against the driver.") { Endpoint = endpoint, Operation = NmcCommands.Email };
        }

        return [.. slots.OrderBy(s => s.Slot)];

        void Close()
        {
            if (current is not null)
            {
                slots.Add(current);
            }
        }
    }
}
