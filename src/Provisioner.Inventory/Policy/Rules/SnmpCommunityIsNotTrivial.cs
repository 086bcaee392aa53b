using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>
/// PV019: an SNMP v1/v2c community is not a well-known default (<c>public</c>, <c>private</c>...) and is at
/// least <see cref="MinimumLength"/> characters long. A community is the only secret of v1/v2c and travels
/// in clear text; a default or short one is guessed in seconds and, with write access, lets anyone on the
/// network rewrite the device's alerting. The community is a secret reference, so the rule checks the
/// value only where it resolves (<see cref="ISecretAwareRule"/>): lint resolves with the environment and
/// files it sees, and skips a reference that does not resolve there. Messages never show the value.
/// </summary>
public sealed class SnmpCommunityIsNotTrivial : ISecretAwareRule
{
    /// <summary>The shortest community accepted without a warning.</summary>
    public const int MinimumLength = 8;

    private static readonly string[] WellKnown = ["public", "private", "community", "admin", "manager", "secret", "default", "snmp", "write", "read", "monitor", "cisco", "apc", "ilmi", "snmpd", "password"];

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV019", "snmp-community-not-trivial", DiagnosticSeverity.Warning, "An SNMP community is not a well-known default and has at least 8 characters");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory) => [];

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory, ISecretResolver secrets)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var (name, set) in inventory.Credentials.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (set.Snmp is not { Version: not SnmpVersion.V3, Community: { } reference })
            {
                continue;
            }

            string value;
            try
            {
                value = secrets.Resolve(reference).Reveal();
            }
            catch (SecretResolutionException)
            {
                continue;
            }

            var why = WellKnown.Contains(value, StringComparer.OrdinalIgnoreCase) ? "is a well-known default community"
                : value.Length < MinimumLength ? $"is shorter than {MinimumLength} characters"
                : null;
            if (why is not null)
            {
                var where = inventory.CredentialSources.TryGetValue(name, out var sources) ? sources.Of("snmp.community") : null;
                yield return Descriptor.Finding(
                    $"The SNMP community of credentials '{name}' ({reference}) {why}",
                    "A v1/v2c community is the device's only password and crosses the network in clear text; defaults and short words are tried first by scanners. Set a long random community on the device and in the secret, or move the device to SNMPv3 with auth and priv.",
                    where);
            }
        }
    }
}
