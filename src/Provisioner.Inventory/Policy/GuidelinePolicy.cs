using Provisioner.Abstractions;
using Provisioner.Inventory.Policy.Rules;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Policy;

/// <summary>The notification guideline as a set of rules; <see cref="Evaluate(InventoryModel, ISecretResolver)"/> runs them all (<c>provisioner lint</c>).</summary>
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
        new SnmpCommunityIsNotTrivial(),
    ];

    /// <summary>Runs every rule against <paramref name="inventory"/>, without secrets (rules that need them find nothing).</summary>
    /// <param name="inventory">The loaded inventory.</param>
    /// <returns>Every finding, rule by rule.</returns>
    public static DiagnosticList Evaluate(InventoryModel inventory) => Evaluate(inventory, null);

    /// <summary>Runs every rule against <paramref name="inventory"/>; rules that check secret values resolve them through <paramref name="secrets"/>.</summary>
    /// <param name="inventory">The loaded inventory.</param>
    /// <param name="secrets">Resolves secret references, or null to skip the checks that need them.</param>
    /// <returns>Every finding, rule by rule.</returns>
    public static DiagnosticList Evaluate(InventoryModel inventory, ISecretResolver? secrets)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var findings = new DiagnosticList();
        foreach (var rule in Rules)
        {
            var found = rule is ISecretAwareRule aware && secrets is not null ? aware.Evaluate(inventory, secrets) : rule.Evaluate(inventory);
            findings.AddRange(found.Select(Printable.Escape));
        }

        return findings;
    }
}
