using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Shape checks shared by the section readers; each failure becomes a diagnostic and a null result.</summary>
internal static class NodeChecks
{
    /// <summary>Returns <paramref name="node"/> as a mapping, or reports a wrong-type error and returns null.</summary>
    /// <param name="node">The node.</param>
    /// <param name="what">What the node is, for the message, e.g. <c>relay</c>.</param>
    /// <param name="example">A short example of the expected mapping.</param>
    /// <param name="diagnostics">Receives the error.</param>
    /// <returns>The mapping, or null.</returns>
    public static MappingNode? Mapping(SyntaxNode node, string what, string example, DiagnosticList diagnostics)
    {
        if (node is MappingNode mapping)
        {
            return mapping;
        }

        diagnostics.Add(WrongType(node, what, "a mapping", $"Write '{what}' as keys and values, e.g. {example}."));
        return null;
    }

    /// <summary>Returns <paramref name="node"/> as a sequence, or reports a wrong-type error and returns null.</summary>
    /// <param name="node">The node.</param>
    /// <param name="what">What the node is, for the message.</param>
    /// <param name="example">A short example of the expected list.</param>
    /// <param name="diagnostics">Receives the error.</param>
    /// <returns>The sequence, or null.</returns>
    public static SequenceNode? Sequence(SyntaxNode node, string what, string example, DiagnosticList diagnostics)
    {
        if (node is SequenceNode sequence)
        {
            return sequence;
        }

        diagnostics.Add(WrongType(node, what, "a list", $"Write '{what}' as a list, e.g. {example}."));
        return null;
    }

    /// <summary>Builds a wrong-type diagnostic.</summary>
    /// <param name="node">The offending node.</param>
    /// <param name="what">The key or element name.</param>
    /// <param name="expected">The expected shape, e.g. "a number".</param>
    /// <param name="fix">What to write instead.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic WrongType(SyntaxNode node, string what, string expected, string fix) =>
        Diagnostic.Error(InventoryDiagnosticCodes.WrongType, $"'{what}' must be {expected}, not {node.ShapeName}", fix) with { Source = node.Start };

    /// <summary>Builds an invalid-value diagnostic.</summary>
    /// <param name="location">Where the value is.</param>
    /// <param name="summary">What is wrong.</param>
    /// <param name="fix">What to write instead.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Invalid(SourceLocation location, string summary, string fix) =>
        Diagnostic.Error(InventoryDiagnosticCodes.InvalidValue, summary, fix) with { Source = location };
}
