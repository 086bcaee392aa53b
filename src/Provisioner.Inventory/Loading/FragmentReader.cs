using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>Reads the top level of one inventory file into an <see cref="InventoryFragment"/>.</summary>
internal static class FragmentReader
{
    /// <summary>The top-level keys of an inventory file.</summary>
    public static readonly string[] TopLevelKeys = ["organisation", "relay", "defaults", "groups", "categories", "credentials", "drivers", "verification", "sites"];

    /// <summary>Reads <paramref name="root"/>, reporting every problem.</summary>
    /// <param name="root">The file's root node.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The fragment (possibly partial when there were errors).</returns>
    public static InventoryFragment Read(SyntaxNode root, DiagnosticList diagnostics)
    {
        var fragment = new InventoryFragment();
        var mapping = NodeChecks.Mapping(root, "the inventory file", "'organisation:', 'relay:' and 'sites:' at the top level", diagnostics);
        if (mapping is null)
        {
            return fragment;
        }

        var fields = new MappingFields(mapping, "the top level", TopLevelKeys, diagnostics);
        foreach (var key in TopLevelKeys)
        {
            var node = fields.Node(key);
            if (node is null)
            {
                continue;
            }

            fragment.Sections[key] = node.Start;
            switch (key)
            {
                case "organisation":
                    fragment.Organisation = SectionReaders.Organisation(node, diagnostics);
                    break;
                case "relay":
                    fragment.Relay = RelayReader.Read(node, diagnostics);
                    break;
                case "defaults":
                    fragment.Defaults = SectionReaders.Defaults(node, "defaults", diagnostics);
                    break;
                case "groups":
                    SectionReaders.Groups(node, fragment.Groups, diagnostics);
                    break;
                case "categories":
                    SectionReaders.Categories(node, fragment.Categories, diagnostics);
                    break;
                case "credentials":
                    CredentialReader.ReadAll(node, fragment.Credentials, diagnostics);
                    break;
                case "drivers":
                    fragment.DriverSessionLimits = DriverLimitsReader.Read(node, diagnostics);
                    break;
                case "verification":
                    fragment.Verification = VerificationReader.Read(node, diagnostics);
                    break;
                default:
                    SiteReader.ReadAll(node, fragment.Sites, diagnostics);
                    break;
            }
        }

        return fragment;
    }
}
