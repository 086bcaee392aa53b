using Provisioner.Abstractions;

namespace Provisioner.Inventory.Yaml;

/// <summary>A YAML scalar: its text and whether it was written plain (unquoted).</summary>
/// <param name="Start">Where the scalar starts.</param>
/// <param name="Value">The scalar text.</param>
/// <param name="IsPlain">True when the scalar was written without quotes or block style.</param>
internal sealed record ScalarNode(SourceLocation Start, string Value, bool IsPlain) : SyntaxNode(Start)
{
    /// <summary>True for a plain empty value, <c>~</c> or <c>null</c>: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc/>
    public override string ShapeName => IsNull ? "an empty value" : "text";
}
