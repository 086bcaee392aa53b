using Provisioner.Abstractions;

namespace Provisioner.Inventory.Yaml;

/// <summary>A YAML mapping with its entries in written order; duplicate keys were reported and dropped when it was built.</summary>
/// <param name="Start">Where the mapping starts.</param>
/// <param name="Entries">The key/value pairs in order.</param>
internal sealed record MappingNode(SourceLocation Start, IReadOnlyList<KeyValuePair<ScalarNode, SyntaxNode>> Entries) : SyntaxNode(Start)
{
    /// <inheritdoc/>
    public override string ShapeName => "a mapping";
}
