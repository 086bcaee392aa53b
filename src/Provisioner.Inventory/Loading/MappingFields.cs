using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>
/// Strict, typed access to the keys of one YAML mapping. Unknown keys are reported on construction
/// (with a did-you-mean); each getter reports a missing required value or a wrong type and returns null,
/// so that reading continues and every problem of a file is reported in one run.
/// </summary>
internal sealed class MappingFields
{
    private readonly Dictionary<string, KeyValuePair<ScalarNode, SyntaxNode>> entries = new(StringComparer.Ordinal);
    private readonly DiagnosticList diagnostics;

    /// <summary>Reads <paramref name="mapping"/>, reporting every key not in <paramref name="allowed"/>.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="context">Where the mapping sits, e.g. <c>relay</c> or <c>device 'UPS-NY-01'</c>.</param>
    /// <param name="allowed">The keys the format allows here.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    public MappingFields(MappingNode mapping, string context, IReadOnlyList<string> allowed, DiagnosticList diagnostics)
    {
        Mapping = mapping;
        Context = context;
        this.diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (allowed.Contains(key, StringComparer.Ordinal))
            {
                entries[key] = entry;
                continue;
            }

            var suggestion = EditDistance.Suggest(key, allowed);
            var hint = suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ";
            diagnostics.Add(Diagnostic.Error(
                InventoryDiagnosticCodes.UnknownKey,
                $"Unknown key '{key}' in {context}",
                $"{hint}Allowed keys here: {string.Join(", ", allowed)}. Correct the spelling or remove the key.")
                with { Source = entry.Key.Start });
        }
    }

    /// <summary>The mapping read.</summary>
    public MappingNode Mapping { get; }

    /// <summary>Where the mapping sits, for messages.</summary>
    public string Context { get; }

    /// <summary>Where each written key's value starts.</summary>
    public SourceMap Sources => SourcesAt(Mapping.Start);

    /// <summary>Where each written key's value starts, with the element itself located at <paramref name="self"/> (e.g. its name key).</summary>
    /// <param name="self">Where the element starts.</param>
    /// <returns>The source map.</returns>
    public SourceMap SourcesAt(SourceLocation self) =>
        new(self, entries.ToDictionary(e => e.Key, e => e.Value.Value.Start, StringComparer.Ordinal));

    /// <summary>True when <paramref name="key"/> is written with a non-null value.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it is present.</returns>
    public bool Has(string key) => entries.TryGetValue(key, out var e) && e.Value is not ScalarNode { IsNull: true };

    /// <summary>The raw value node of <paramref name="key"/>, reporting it missing when <paramref name="required"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <param name="example">An example value for the message.</param>
    /// <returns>The node, or null.</returns>
    public SyntaxNode? Node(string key, bool required = false, string example = "...")
    {
        if (entries.TryGetValue(key, out var entry) && entry.Value is not ScalarNode { IsNull: true })
        {
            return entry.Value;
        }

        if (required)
        {
            var where = entries.TryGetValue(key, out var empty) ? empty.Key.Start : Mapping.Start;
            diagnostics.Add(Diagnostic.Error(
                InventoryDiagnosticCodes.MissingValue,
                $"Missing required value '{key}' in {Context}",
                $"Add '{key}: {example}' to {Context}.")
                with { Source = where });
        }

        return null;
    }

    /// <summary>The text value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <param name="example">An example value for messages.</param>
    /// <returns>The scalar, or null.</returns>
    public ScalarNode? Scalar(string key, bool required = false, string example = "...")
    {
        var node = Node(key, required, example);
        if (node is null or ScalarNode)
        {
            return (ScalarNode?)node;
        }

        diagnostics.Add(NodeChecks.WrongType(node, key, "text", $"Write a single value, e.g. '{key}: {example}'."));
        return null;
    }

    /// <summary>The text of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <param name="example">An example value for messages.</param>
    /// <returns>The text, or null.</returns>
    public string? Text(string key, bool required = false, string example = "...") => Scalar(key, required, example)?.Value;

    /// <summary>The integer value of <paramref name="key"/> within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="key">The key.</param>
    /// <param name="min">The least value allowed.</param>
    /// <param name="max">The greatest value allowed.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <returns>The number, or null.</returns>
    public int? Integer(string key, int min, int max, bool required = false)
    {
        var scalar = Scalar(key, required, min.ToString(CultureInfo.InvariantCulture));
        if (scalar is null)
        {
            return null;
        }

        if (!scalar.IsPlain || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            diagnostics.Add(NodeChecks.WrongType(scalar, key, "a whole number", $"Write an unquoted number from {min} to {max}, e.g. '{key}: {min}'."));
            return null;
        }

        if (value < min || value > max)
        {
            diagnostics.Add(NodeChecks.Invalid(scalar.Start, $"'{key}' is {value}, outside {min}–{max}", $"Write a number from {min} to {max}."));
            return null;
        }

        return value;
    }

    /// <summary>The boolean value of <paramref name="key"/> (<c>true</c> or <c>false</c>, unquoted).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The flag, or null when absent or wrong.</returns>
    public bool? Boolean(string key)
    {
        var scalar = Scalar(key, false, "true");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.IsPlain && bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        diagnostics.Add(NodeChecks.WrongType(scalar, key, "true or false", $"Write '{key}: true' or '{key}: false' without quotes."));
        return null;
    }

    /// <summary>One of a fixed set of words, e.g. a severity.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="words">The allowed words and their values.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <returns>The value, or null.</returns>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> words, bool required = false)
        where T : struct
    {
        var scalar = Scalar(key, required, words.Keys.First());
        if (scalar is null)
        {
            return null;
        }

        if (words.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        var suggestion = EditDistance.Suggest(scalar.Value, words.Keys);
        var hint = suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ";
        diagnostics.Add(NodeChecks.Invalid(scalar.Start, $"'{key}' is '{scalar.Value}', which is not allowed", $"{hint}Write one of: {string.Join(", ", words.Keys)}."));
        return null;
    }

    /// <summary>A list of text values.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <param name="example">An example list for messages.</param>
    /// <returns>The scalars, or null.</returns>
    public IReadOnlyList<ScalarNode>? TextList(string key, bool required = false, string example = "[a, b]")
    {
        var node = Node(key, required, example);
        if (node is null)
        {
            return null;
        }

        var sequence = NodeChecks.Sequence(node, key, $"'{key}: {example}'", diagnostics);
        if (sequence is null)
        {
            return null;
        }

        var result = new List<ScalarNode>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is ScalarNode { IsNull: false } scalar)
            {
                result.Add(scalar);
            }
            else
            {
                diagnostics.Add(NodeChecks.WrongType(item, $"{key} item", "text", $"Write each item of '{key}' as a single value, e.g. {example}."));
            }
        }

        return result;
    }

    /// <summary>A nested mapping.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <param name="example">An example mapping for messages.</param>
    /// <returns>The mapping, or null.</returns>
    public MappingNode? Map(string key, bool required = false, string example = "{ ... }")
    {
        var node = Node(key, required, example);
        return node is null ? null : NodeChecks.Mapping(node, key, $"'{key}: {example}'", diagnostics);
    }

    /// <summary>A nested list.</summary>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <param name="example">An example list for messages.</param>
    /// <returns>The sequence, or null.</returns>
    public SequenceNode? List(string key, bool required = false, string example = "[...]")
    {
        var node = Node(key, required, example);
        return node is null ? null : NodeChecks.Sequence(node, key, $"'{key}: {example}'", diagnostics);
    }

    /// <summary>
    /// A secret reference (<c>env:NAME</c> or <c>file:PATH</c>). Anything else is reported as an inline
    /// secret; the message never repeats the value.
    /// </summary>
    /// <param name="key">The key, e.g. <c>password</c>.</param>
    /// <param name="suggestedVariable">An environment variable name to suggest, e.g. <c>NY_SNMP_AUTH</c>.</param>
    /// <param name="required">Whether a missing value is an error.</param>
    /// <returns>The reference, or null.</returns>
    public SecretReference? Secret(string key, string suggestedVariable, bool required = false)
    {
        var node = Node(key, required, $"env:{suggestedVariable}");
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode scalar && SecretReference.TryParse(scalar.Value, out var reference))
        {
            // A relative file: path is relative to the inventory file that writes it, as a mapping: path is,
            // not to wherever the command happens to run.
            return reference.Scheme == SecretScheme.File && !Path.IsPathRooted(reference.Target)
                ? reference with { Target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scalar.Start.File)) ?? ".", reference.Target)) }
                : reference;
        }

        diagnostics.Add(Diagnostic.Error(
            InventoryDiagnosticCodes.InlineSecret,
            $"'{key}' in {Context} holds a secret inline; the inventory holds references only",
            $"Never write a secret into the inventory. Put it in an environment variable or a file and write the reference instead: '{key}: env:{suggestedVariable}' or '{key}: file:/etc/provisioner/{suggestedVariable.ToLowerInvariant()}'. Then change the exposed secret on the device, since it has been in a file.")
            with { Source = node.Start });
        return null;
    }
}
