using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>The outcome of loading an inventory: the model when it loaded without errors, and every diagnostic.</summary>
/// <param name="Inventory">The resolved inventory; null when <see cref="Diagnostics"/> has errors.</param>
/// <param name="Diagnostics">Every problem found, in file order.</param>
public sealed record InventoryLoadResult(InventoryModel? Inventory, DiagnosticList Diagnostics)
{
    /// <summary>True when the inventory loaded without errors.</summary>
    public bool Succeeded => Inventory is not null && !Diagnostics.HasErrors;

    /// <summary>The files read, in order (empty when loaded from text); <c>lint -v</c> lists them.</summary>
    public IReadOnlyList<string> FilesRead { get; init; } = [];
}
