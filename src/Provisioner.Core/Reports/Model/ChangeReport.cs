namespace Provisioner.Core.Reports;

/// <summary>One setting written.</summary>
/// <param name="Setting">The setting name.</param>
/// <param name="From">What the device held before, as displayed.</param>
/// <param name="To">What was written, as displayed; <c>[redacted]</c> for secrets.</param>
public sealed record ChangeReport(string Setting, string From, string To);
