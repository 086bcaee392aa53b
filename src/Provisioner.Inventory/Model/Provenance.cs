using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>Where one resolved value came from, so a report can say why a device gets it.</summary>
/// <param name="Level">The inventory level.</param>
/// <param name="Source">The file position of the value, or of what it was derived from; null for built-in values.</param>
/// <param name="Description">How the value was obtained, e.g. <c>relay.address</c> or <c>derived from device name 'UPS-NY-01'</c>.</param>
public sealed record Provenance(ProvenanceLevel Level, SourceLocation? Source, string Description)
{
    /// <summary>Returns <c>file:line:col (description)</c>, or the description alone for built-in values.</summary>
    public override string ToString() => Source is null ? Description : $"{Source} ({Description})";
}
