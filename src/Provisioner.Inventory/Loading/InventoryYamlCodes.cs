using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>The codes the YAML reader reports for inventory files.</summary>
internal static class InventoryYamlCodes
{
    /// <summary>The inventory's codes.</summary>
    public static readonly YamlReadCodes Value = new(
        InventoryDiagnosticCodes.Syntax,
        InventoryDiagnosticCodes.EmptyFile,
        InventoryDiagnosticCodes.DuplicateKey,
        InventoryDiagnosticCodes.WrongType,
        InventoryDiagnosticCodes.InvalidValue,
        "Write at least one top-level key (organisation, relay, defaults, groups, categories, credentials, drivers, verification, sites), or delete the file.");
}
