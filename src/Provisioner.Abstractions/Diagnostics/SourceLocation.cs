namespace Provisioner.Abstractions;

/// <summary>
/// A position in an input file, 1-based, as a person reads it in an editor.
/// Renders as <c>file:line:column</c>, e.g. <c>inventory/sites/newyork.yaml:12:7</c>.
/// </summary>
/// <param name="File">The file path as the user gave it (relative paths stay relative).</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column number.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>Returns <c>file:line:column</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
