using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy;

/// <summary>What a guideline rule is: its stable id, name, severity and one-line title (see docs/rules.md).</summary>
/// <param name="Id">The stable id, e.g. <c>PV001</c>; never reused.</param>
/// <param name="Name">A kebab-case name, e.g. <c>relay-ip-literal</c>.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Title">What the rule demands, in one line.</param>
public sealed record RuleDescriptor(string Id, string Name, DiagnosticSeverity Severity, string Title)
{
    /// <summary>Creates a finding of this rule.</summary>
    /// <param name="summary">The one-line message.</param>
    /// <param name="detail">Why and how to fix it.</param>
    /// <param name="source">Where in the inventory.</param>
    /// <param name="device">The device it is about, or null.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic Finding(string summary, string detail, SourceLocation? source, string? device = null) =>
        new(Severity, Id, summary, detail) { Source = source, Device = device };
}
