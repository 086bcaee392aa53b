using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;
using Provisioner.Inventory.Policy.Rules;

namespace Provisioner.Inventory.Policy;

/// <summary>The notification guideline as a set of rules; <see cref="Evaluate"/> runs them all (<c>provisioner lint</c>).</summary>
public static class GuidelinePolicy
{
    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<IGuidelineRule> Rules { get; } =
    [
        new RelayAddressIsIpLiteral(),
        new RecipientsAreDefinedGroups(),
        new GroupsContainSharedMailbox(),
        new SenderDescribesDevice(),
        new SenderNotDeliverable(),
        new MinimumSeverityWarningOrWorse(),
        new PowerAndEnvironmentReachCritical(),
        new CriticalGroupHasExternal(),
        new SeparateStaffUsesSiteGroups(),
        new DeviceInRelayRanges(),
        new AuthenticationRequiresTls(),
        new RelayIsUnauthenticated(),
        new GroupNotifiesSomeone(),
        new CategoryIsUsed(),
        new GroupIsUsed(),
        new DeviceHasRecipients(),
        new DeviceInSiteRanges(),
        new BaseAlertsGroupExists(),
    ];

    /// <summary>Runs every rule against <paramref name="inventory"/>.</summary>
    /// <param name="inventory">The loaded inventory.</param>
    /// <returns>Every finding, rule by rule.</returns>
    public static DiagnosticList Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var findings = new DiagnosticList();
        foreach (var rule in Rules)
        {
            findings.AddRange(rule.Evaluate(inventory).Select(Printable.Escape));
        }

        return findings;
    }
}
