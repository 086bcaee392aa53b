using System.Text.Json;
using System.Text.Json.Serialization;
using Provisioner.Abstractions;

namespace Provisioner.Cli.Output;

/// <summary>The versioned JSON form of a list of diagnostics (<c>provisioner lint --output json</c>).</summary>
/// <param name="SchemaVersion">The document version.</param>
/// <param name="Inventory">The inventory path.</param>
/// <param name="Errors">How many errors.</param>
/// <param name="Warnings">How many warnings.</param>
/// <param name="Diagnostics">The diagnostics.</param>
internal sealed record DiagnosticDocument(int SchemaVersion, string Inventory, int Errors, int Warnings, IReadOnlyList<DiagnosticDocument.Entry> Diagnostics)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Builds the document.</summary>
    /// <param name="inventory">The inventory path.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The document.</returns>
    public static DiagnosticDocument Create(string inventory, IReadOnlyList<Diagnostic> diagnostics) => new(
        1,
        inventory,
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        [.. diagnostics.Select(d => new Entry(d.Severity.ToString().ToLowerInvariant(), d.Code, d.Summary, d.Detail, d.Source?.ToString(), d.Device, d.Path))]);

    /// <summary>Writes the document as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>One diagnostic.</summary>
    /// <param name="Severity">error, warning or info.</param>
    /// <param name="Code">The stable code or rule id.</param>
    /// <param name="Summary">The one-line message.</param>
    /// <param name="Detail">Why and what to do.</param>
    /// <param name="Source">file:line:column, or null.</param>
    /// <param name="Device">The device, or null.</param>
    /// <param name="Path">The setting path, or null.</param>
    internal sealed record Entry(string Severity, string Code, string Summary, string Detail, string? Source, string? Device, string? Path);
}
