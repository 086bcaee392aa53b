using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory.Loading;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>Reads a <c>values:</c> mapping: canonical word → wire integer.</summary>
internal static class EnumerationReader
{
    /// <summary>Reads <paramref name="map"/>; words must come from <paramref name="words"/> when it is given.</summary>
    public static Enumeration? Read(MappingNode map, YamlFields owner, IReadOnlyList<string>? words)
    {
        var read = owner.Read;
        var entries = new List<KeyValuePair<string, long>>();
        var errors = read.Diagnostics.Errors.Count();
        foreach (var (key, valueNode) in map.Entries)
        {
            var word = key.Value;

            if (words is not null && !words.Contains(word, StringComparer.Ordinal))
            {
                var suggestion = EditDistance.Suggest(word, words);
                read.Error(MappingDiagnosticCodes.Invalid, key.Start, $"'{word}' in 'values' of {owner.Context} is not a canonical value", $"{(suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ")}Use the canonical words: {string.Join(", ", words)}.");
                continue;
            }

            if (valueNode is not ScalarNode { IsNull: false } scalar)
            {
                read.Error(MappingDiagnosticCodes.WrongType, valueNode.Start, $"The wire value of '{word}' in {owner.Context} is {YamlFields.Shape(valueNode)}", $"Write '{word}: 1'.");
                continue;
            }

            if (read.Number(scalar, $"The wire value of '{word}' in {owner.Context}", int.MinValue, uint.MaxValue) is { } wire)
            {
                entries.Add(new(word, wire));
            }
        }

        if (entries.Count == 0 && read.Diagnostics.Errors.Count() == errors)
        {
            read.Error(MappingDiagnosticCodes.Invalid, map.Start, $"'values' in {owner.Context} is empty", "List each canonical word with its wire integer.");
        }

        return entries.Count == 0 ? null : new Enumeration(entries);
    }
}
