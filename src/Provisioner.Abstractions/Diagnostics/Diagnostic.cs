namespace Provisioner.Abstractions;

/// <summary>
/// One finding: an inventory error, a guideline violation, a value a device rejected, a setting a
/// firmware lacks. Modelled on Terraform's diagnostics: a short <see cref="Summary"/>, a
/// <see cref="Detail"/> that says why and what to do, and where it applies.
/// </summary>
/// <example>
/// <code>
/// new Diagnostic(DiagnosticSeverity.Error, "inventory.unknownKey", "Unknown key 'relya'",
///     "Did you mean 'relay'? Remove the key or correct its spelling.")
/// { Source = new SourceLocation("org.yaml", 4, 1) }
/// </code>
/// </example>
/// <param name="Severity">Whether this stops the file, device or run it is about.</param>
/// <param name="Code">A stable identifier such as <c>inventory.unknownKey</c>, <c>snmp.notWritable</c> or a rule id like <c>PV001</c>.</param>
/// <param name="Summary">A one-line title, without a trailing full stop.</param>
/// <param name="Detail">Why it happened and what to do about it; may be empty.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Summary, string Detail)
{
    /// <summary>The setting the diagnostic is about, e.g. <c>smtp.recipients[2]</c>; null when it is about no single setting.</summary>
    public string? Path { get; init; }

    /// <summary>Where in the inventory the offending value was written; null when it did not come from a file.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>The device name the diagnostic is about; null when it is about no single device.</summary>
    public string? Device { get; init; }

    /// <summary>Creates an error diagnostic.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="summary">The one-line title.</param>
    /// <param name="detail">Why and what to do.</param>
    /// <returns>A new diagnostic with <see cref="DiagnosticSeverity.Error"/>.</returns>
    public static Diagnostic Error(string code, string summary, string detail = "") => new(DiagnosticSeverity.Error, code, summary, detail);

    /// <summary>Creates a warning diagnostic.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="summary">The one-line title.</param>
    /// <param name="detail">Why and what to do.</param>
    /// <returns>A new diagnostic with <see cref="DiagnosticSeverity.Warning"/>.</returns>
    public static Diagnostic Warning(string code, string summary, string detail = "") => new(DiagnosticSeverity.Warning, code, summary, detail);

    /// <summary>Renders the diagnostic as one line: <c>file:line:col: error CODE: summary</c>.</summary>
    public override string ToString()
    {
        var where = Source is null ? string.Empty : Source + ": ";
        var who = Device is null ? string.Empty : $"[{Device}] ";
        var path = Path is null ? string.Empty : $" ({Path})";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {who}{Summary}{path}";
    }
}
