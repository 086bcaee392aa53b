using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;

namespace Provisioner.Inventory.Resolution;

/// <summary>
/// Merges the fragments of every file. Maps merge by key; the same organisation, relay, defaults,
/// group, category, credential set or site written twice is an error naming both places.
/// </summary>
internal static class FragmentMerger
{
    /// <summary>Merges <paramref name="fragments"/> in order.</summary>
    /// <param name="fragments">The fragments, one per file, in file order.</param>
    /// <param name="firstFile">The first file, where a missing section is reported.</param>
    /// <param name="everyFileParsed">False when a file could not be parsed: its sections are unknown, so missing sections are not reported.</param>
    /// <param name="diagnostics">Receives errors.</param>
    /// <returns>The merged inventory.</returns>
    public static MergedInventory Merge(IReadOnlyList<InventoryFragment> fragments, string firstFile, bool everyFileParsed, DiagnosticList diagnostics)
    {
        var merged = new MergedInventory();
        var groups = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        var categories = new Dictionary<DeviceCategory, SourceLocation>();
        var sites = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var fragment in fragments)
        {
            foreach (var (section, location) in fragment.Sections)
            {
                if (section is "organisation" or "relay" or "defaults" or "drivers" or "verification" && merged.Sections.TryGetValue(section, out var first))
                {
                    diagnostics.Add(Duplicate($"'{section}'", location, first, $"Keep one '{section}' section for the whole inventory (usually in org.yaml) and delete the other."));
                    continue;
                }

                merged.Sections.TryAdd(section, location);
            }

            merged.Organisation ??= fragment.Organisation;
            merged.Relay ??= fragment.Relay;
            merged.Defaults ??= fragment.Defaults;
            merged.DriverSessionLimits ??= fragment.DriverSessionLimits;
            merged.Verification ??= fragment.Verification;
            foreach (var group in fragment.Groups)
            {
                if (Claim(groups, group.Name, group.Sources.Self, $"group '{group.Name}'", diagnostics))
                {
                    merged.Groups.Add(group);
                }
            }

            foreach (var route in fragment.Categories)
            {
                if (Claim(categories, route.Category, route.Sources.Self, $"category '{InventoryNames.Of(route.Category)}'", diagnostics))
                {
                    merged.Categories.Add(route);
                }
            }

            foreach (var credential in fragment.Credentials)
            {
                if (merged.Credentials.TryGetValue(credential.Set.Name, out var existing))
                {
                    diagnostics.Add(Duplicate($"credentials '{credential.Set.Name}'", credential.Sources.Self, existing.Sources.Self, "Give each credential set a unique name, or delete the second one."));
                    continue;
                }

                merged.Credentials.Add(credential.Set.Name, credential);
            }

            foreach (var site in fragment.Sites)
            {
                if (Claim(sites, site.Site.Id, site.Site.Sources.Self, $"site '{site.Site.Id}'", diagnostics))
                {
                    merged.Sites.Add(site);
                }
            }
        }

        if (!everyFileParsed)
        {
            return merged;
        }

        Require(merged, "organisation", "organisation: { name: Contoso, domain: contoso.com, shared_mailbox: administrator@contoso.com }", firstFile, diagnostics);
        Require(merged, "relay", "relay: { address: 10.6.0.25, port: 25, security: none, allowed_ranges: [10.6.0.0/16] }", firstFile, diagnostics);
        return merged;
    }

    private static bool Claim<TKey>(Dictionary<TKey, SourceLocation> seen, TKey key, SourceLocation location, string what, DiagnosticList diagnostics)
        where TKey : notnull
    {
        if (seen.TryGetValue(key, out var first))
        {
            diagnostics.Add(Duplicate(what, location, first, $"Define {what} once: merge the two definitions into one and delete the other."));
            return false;
        }

        seen.Add(key, location);
        return true;
    }

    private static Diagnostic Duplicate(string what, SourceLocation location, SourceLocation first, string fix) =>
        Diagnostic.Error(InventoryDiagnosticCodes.DuplicateDefinition, $"{what} is defined twice (first at {first})", fix) with { Source = location };

    private static void Require(MergedInventory merged, string section, string example, string firstFile, DiagnosticList diagnostics)
    {
        if (!merged.Sections.ContainsKey(section))
        {
            diagnostics.Add(Diagnostic.Error(
                InventoryDiagnosticCodes.MissingValue,
                $"The inventory has no '{section}' section",
                $"Add it to one file (usually org.yaml), e.g. '{example}'.")
                with { Source = new SourceLocation(firstFile, 1, 1) });
        }
    }
}
