using Provisioner.Cli.Options;

namespace Provisioner.Cli.Trust;

/// <summary>One <c>provisioner trust</c> invocation, as parsed.</summary>
/// <param name="Inventory">The inventory path.</param>
/// <param name="Filter">Which devices.</param>
/// <param name="Output">How to print the findings.</param>
/// <param name="Yes">Record without asking.</param>
/// <param name="Replace">Replace the recorded fingerprint of a device whose certificate changed.</param>
/// <param name="LabMap">The lab address map to aim at, or null for the real devices.</param>
/// <param name="Timeout">How long one connect and handshake may take.</param>
internal sealed record TrustSettings(string Inventory, DeviceFilter Filter, OutputFormat Output, bool Yes, bool Replace, string? LabMap, TimeSpan Timeout);
