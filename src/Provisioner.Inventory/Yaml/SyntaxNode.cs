using Provisioner.Abstractions;

namespace Provisioner.Inventory.Yaml;

/// <summary>A node of a parsed YAML document that remembers where it was written.</summary>
/// <param name="Start">Where the node starts in its file.</param>
internal abstract record SyntaxNode(SourceLocation Start)
{
    /// <summary>A short name of the node's shape for "wrong type" messages: "a mapping", "a list", "text".</summary>
    public abstract string ShapeName { get; }
}
