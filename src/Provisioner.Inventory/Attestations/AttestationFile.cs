using System.Globalization;
using Provisioner.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Provisioner.Inventory.Attestations;

/// <summary>
/// The attestations file that lives with the inventory (<c>attestations.yaml</c>): manual steps people
/// recorded as done. Read strictly, every problem with file:line:column; see docs/inventory.md.
/// </summary>
public static class AttestationFile
{
    /// <summary>The file name.</summary>
    public const string FileName = "attestations.yaml";

    /// <summary>The diagnostic code of every problem in the file.</summary>
    public const string InvalidCode = "attestations.invalid";

    private static readonly string[] Keys = ["device", "setting", "value", "by", "at"];

    private static readonly string[] NonEmpty = ["device", "by"];

    /// <summary>Where the attestations of the inventory at <paramref name="inventory"/> live: inside an inventory directory, beside an inventory file.</summary>
    /// <param name="inventory">The inventory path (file or directory).</param>
    /// <returns>The path of the attestations file (it need not exist).</returns>
    public static string PathFor(string inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var directory = Directory.Exists(inventory) ? inventory : Path.GetDirectoryName(Path.GetFullPath(inventory)) ?? ".";
        return Path.Combine(directory, FileName);
    }

    /// <summary>Reads the file at <paramref name="path"/>; a missing file holds no attestations.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The entries and every problem.</returns>
    public static async Task<AttestationLoadResult> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new AttestationLoadResult([], []);
        }

        return Parse(path, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads attestations from YAML text.</summary>
    /// <param name="file">The file name, for locations.</param>
    /// <param name="text">The YAML.</param>
    /// <returns>The entries (empty when there is any error) and every problem.</returns>
    public static AttestationLoadResult Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticList();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Error(file, ex.Start, "The attestations file is not valid YAML", $"{ex.Message} Fix the YAML, or delete the file and record the steps again with 'provisioner attest'."));
            return new AttestationLoadResult([], diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new AttestationLoadResult([], diagnostics);
        }

        var entries = new List<Attestation>();
        if (stream.Documents[0].RootNode is not YamlMappingNode root || root.Children.Count != 1 || !root.Children.ContainsKey(new YamlScalarNode("attestations")))
        {
            diagnostics.Add(Error(file, stream.Documents[0].RootNode.Start, "The attestations file must hold one key, 'attestations', with a list", "Write 'attestations:' followed by entries such as '- { device: ups-ny-01, setting: smtp.from, value: ups-ny-01@contoso.com, by: jane, at: 2026-12-07T10:00:00Z }'."));
            return new AttestationLoadResult([], diagnostics);
        }

        var list = root.Children[new YamlScalarNode("attestations")];
        if (list is YamlScalarNode { Value: null or "" })
        {
            return new AttestationLoadResult([], diagnostics);
        }

        if (list is not YamlSequenceNode sequence)
        {
            diagnostics.Add(Error(file, list.Start, "'attestations' must be a list", "Write each entry on its own line starting with '- '."));
            return new AttestationLoadResult([], diagnostics);
        }

        var seen = new Dictionary<(string, SettingKey), Mark>();
        foreach (var node in sequence.Children)
        {
            if (Entry(file, node, diagnostics) is not { } entry)
            {
                continue;
            }

            if (seen.TryGetValue((entry.Device, entry.Setting), out var first))
            {
                diagnostics.Add(Error(file, node.Start, $"{entry.Device} {entry.Setting.Name} is attested twice", $"The first entry is at line {first.Line}. Keep one of them."));
                continue;
            }

            seen[(entry.Device, entry.Setting)] = node.Start;
            entries.Add(entry);
        }

        return new AttestationLoadResult(diagnostics.HasErrors ? [] : entries, diagnostics);
    }

    private static Attestation? Entry(string file, YamlNode node, DiagnosticList diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            diagnostics.Add(Error(file, node.Start, "An attestation must be a mapping", "Give device, setting, value, by and at, e.g. '- { device: ups-ny-01, setting: smtp.from, value: ups-ny-01@contoso.com, by: jane, at: 2026-12-07T10:00:00Z }'."));
            return null;
        }

        var fields = new Dictionary<string, YamlScalarNode>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Add(Error(file, keyNode.Start, $"Unknown key '{key}' in an attestation", $"An attestation has exactly these keys: {string.Join(", ", Keys)}."));
                ok = false;
            }
            else if (valueNode is not YamlScalarNode scalar)
            {
                diagnostics.Add(Error(file, valueNode.Start, $"'{key}' must be text", "Write the value on the same line as the key; quote it if it holds ':' or '#'."));
                ok = false;
            }
            else
            {
                fields[key] = scalar;
            }
        }

        foreach (var missing in Keys.Where(k => !fields.ContainsKey(k) && !map.Children.ContainsKey(new YamlScalarNode(k))))
        {
            diagnostics.Add(Error(file, map.Start, $"The attestation has no '{missing}'", $"An attestation has exactly these keys: {string.Join(", ", Keys)}."));
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var setting = fields["setting"];
        if (!SettingKey.TryParse(setting.Value, out var settingKey) || settingKey.Type == SettingType.Secret)
        {
            diagnostics.Add(Error(file, setting.Start, $"'{setting.Value}' is not a setting that can be attested", $"Use a setting name as plan shows it: {string.Join(", ", SettingKey.All.Where(k => k.Type != SettingType.Secret).Select(k => k.Name))}."));
            ok = false;
        }

        var at = fields["at"];
        if (!DateTimeOffset.TryParse(at.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
        {
            diagnostics.Add(Error(file, at.Start, $"'{at.Value}' is not a date and time", "Write it as ISO 8601, e.g. 2026-12-07T10:00:00Z."));
            ok = false;
        }

        foreach (var name in NonEmpty.Where(n => string.IsNullOrWhiteSpace(fields[n].Value)))
        {
            diagnostics.Add(Error(file, fields[name].Start, $"'{name}' is empty", name == "device" ? "Give the device's inventory name." : "Give who set the value by hand."));
            ok = false;
        }

        return ok
            ? new Attestation(fields["device"].Value!, settingKey!, fields["value"].Value ?? string.Empty, fields["by"].Value!, when.ToUniversalTime(), new SourceLocation(file, (int)map.Start.Line, (int)map.Start.Column))
            : null;
    }

    private static Diagnostic Error(string file, Mark mark, string summary, string detail) =>
        Diagnostic.Error(InvalidCode, summary, detail) with { Source = new SourceLocation(file, (int)mark.Line, (int)mark.Column) };
}
