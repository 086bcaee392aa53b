using Provisioner.Abstractions;

namespace Provisioner.Inventory.Yaml;

/// <summary>A YAML sequence (list).</summary>
/// <param name="Start">Where the sequence starts.</param>
/// <param name="Items">The items in order.</param>
internal sealed record SequenceNode(SourceLocation Start, IReadOnlyList<SyntaxNode> Items) : SyntaxNode(Start)
{
    /// <inheritdoc/>
    public override string ShapeName => "a list";
}
