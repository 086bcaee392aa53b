namespace Provisioner.Core.Reports;

/// <summary>One setting compared: <c>match</c>, <c>differs</c>, <c>unverifiable</c> or <c>not-supported</c>.</summary>
/// <param name="Setting">The setting name, e.g. <c>smtp.relay</c>.</param>
/// <param name="Comparison">The comparison name.</param>
/// <param name="Desired">The desired value as displayed; <c>[redacted]</c> for secrets.</param>
/// <param name="Actual">The device's value as displayed, <c>(write-only)</c>, <c>(empty)</c> or <c>(not supported)</c>; <c>[redacted]</c> for secrets.</param>
public sealed record SettingReport(string Setting, string Comparison, string Desired, string Actual);
