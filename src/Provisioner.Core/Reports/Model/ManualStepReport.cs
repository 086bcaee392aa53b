namespace Provisioner.Core.Reports;

/// <summary>A change a person must make by hand.</summary>
/// <param name="Setting">The setting name.</param>
/// <param name="What">What to set.</param>
/// <param name="Where">Where in the device's interface.</param>
/// <param name="Value">The value the inventory wants, as displayed; null when not known.</param>
public sealed record ManualStepReport(string Setting, string What, string Where, string? Value = null);
