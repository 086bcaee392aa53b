using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV001: the relay is written as an IP address literal, not a DNS name.</summary>
public sealed class RelayAddressIsIpLiteral : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV001", "relay-ip-literal", DiagnosticSeverity.Error, "The SMTP relay is an IP address literal, not a DNS name");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var relay = inventory.Relay;
        if (!IpLiteral.TryParse(relay.Address, out _, out _))
        {
            yield return Descriptor.Finding(
                $"relay.address '{relay.Address}' is a DNS name, not an IP address",
                $"Devices must not depend on DNS to send alerts. Write the relay's IP address (e.g. 'address: 10.6.0.25'){Hostname(relay)}.",
                relay.Sources.Of("address"));
        }

        foreach (var device in inventory.Devices)
        {
            if (device.Overrides?.Relay is { Address: { } address } own && !IpLiteral.TryParse(address, out _, out _))
            {
                yield return Descriptor.Finding(
                    $"overrides.relay.address '{address}' is a DNS name, not an IP address",
                    "Write the relay's IP address, or remove the override to use the organisation's relay.",
                    own.Sources.Of("address"),
                    device.Name);
            }
        }
    }

    private static string Hostname(Relay relay) =>
        relay.Hostname is null ? " and keep the name in 'hostname:'" : string.Empty;
}
