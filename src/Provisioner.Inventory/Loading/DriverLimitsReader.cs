using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Reads <c>drivers: { eaton.sc200: { parallel: 2 } }</c>: per-driver session limits that replace the drivers' own.</summary>
internal static class DriverLimitsReader
{
    private static readonly string[] DriverKeys = ["parallel"];

    /// <summary>Reads the section.</summary>
    /// <param name="node">The section's node.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The limits by driver id (entries with errors left out).</returns>
    public static IReadOnlyDictionary<string, int> Read(SyntaxNode node, DiagnosticList diagnostics)
    {
        var limits = new Dictionary<string, int>(StringComparer.Ordinal);
        var mapping = NodeChecks.Mapping(node, "drivers", "'drivers: { eaton.sc200: { parallel: 2 } }'", diagnostics);
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            var context = $"drivers.{key.Value}";
            if (NodeChecks.Mapping(value, context, $"'{key.Value}: {{ parallel: 2 }}'", diagnostics) is { } entry
                && new MappingFields(entry, context, DriverKeys, diagnostics).Integer("parallel", 1, 1024) is { } parallel)
            {
                limits[key.Value] = parallel;
            }
        }

        return limits;
    }
}
