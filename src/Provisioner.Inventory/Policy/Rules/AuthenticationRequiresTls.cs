using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV011: SMTP authentication is never used without TLS (the password would cross the wire in clear text).</summary>
public sealed class AuthenticationRequiresTls : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV011", "auth-requires-tls", DiagnosticSeverity.Error, "SMTP authentication is only used with TLS");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var relay = inventory.Relay;
        if (relay.Auth is null)
        {
            yield break;
        }

        if (relay.Security == SmtpSecurity.None)
        {
            yield return Descriptor.Finding(
                "relay.auth is set but relay.security is none",
                "The password would cross the network in clear text. Remove 'auth' and relay unauthenticated from the allowed ranges (the guideline's way), or set 'security: starttls' or 'security: tls'.",
                relay.Sources.Of("auth"));
        }

        foreach (var device in inventory.Devices)
        {
            if (device.Overrides?.Relay is { Security: SmtpSecurity.None } own && relay.Security != SmtpSecurity.None)
            {
                yield return Descriptor.Finding(
                    "overrides.relay.security is none while the relay requires authentication",
                    "This device would send the relay password in clear text. Remove the security override, or use 'starttls' or 'tls'.",
                    own.Sources.Of("security"),
                    device.Name);
            }
        }
    }
}
