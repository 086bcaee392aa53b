namespace Provisioner.Core.Reports;

/// <summary>One diagnostic of a device, redacted.</summary>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Code">The stable code, e.g. <c>verify.mismatch</c>.</param>
/// <param name="Summary">The one-line title.</param>
/// <param name="Detail">Why and what to do.</param>
/// <param name="Path">The setting path, or null.</param>
public sealed record DiagnosticReport(string Severity, string Code, string Summary, string Detail, string? Path);
