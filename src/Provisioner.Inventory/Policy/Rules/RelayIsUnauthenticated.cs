using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV012: the guideline relays unauthenticated from allowed ranges; an authenticated relay is flagged.</summary>
public sealed class RelayIsUnauthenticated : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV012", "relay-unauthenticated", DiagnosticSeverity.Warning, "Devices relay without SMTP authentication");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        if (inventory.Relay.Auth is { } auth)
        {
            yield return Descriptor.Finding(
                $"The relay requires SMTP authentication (user '{auth.User}')",
                "The guideline relays without authentication from the devices' address ranges, so no password is stored on every device. Remove 'relay.auth' and allow the ranges instead, unless a hosted mail service forces authentication.",
                inventory.Relay.Sources.Of("auth"));
        }
    }
}
