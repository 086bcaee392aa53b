namespace Provisioner.Core.Reports;

/// <summary>What a device said it is.</summary>
/// <param name="Vendor">The vendor, or null.</param>
/// <param name="Model">The model, or null.</param>
/// <param name="Firmware">The firmware version, or null.</param>
/// <param name="Serial">The serial number, or null.</param>
public sealed record IdentityReport(string? Vendor, string? Model, string? Firmware, string? Serial);
