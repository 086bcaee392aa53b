using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>A device's own relay settings; unset values come from the organisation's relay.</summary>
/// <param name="Address">The relay address, or null.</param>
/// <param name="Port">The relay port, or null.</param>
/// <param name="Security">The connection security, or null.</param>
/// <param name="Sources">Where it and each key were written.</param>
public sealed record RelayOverride(string? Address, int? Port, SmtpSecurity? Security, SourceMap Sources);
