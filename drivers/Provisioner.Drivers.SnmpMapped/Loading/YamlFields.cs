using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;
using Provisioner.Inventory.Yaml;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Loading;

/// <summary>
/// Strict, typed access to one mapping of a mapping file. Unknown keys are reported when it is built
/// (with a did-you-mean); each getter reports a missing required value or a wrong shape at the value's
/// file:line:column and returns null, so that one run reports every problem of a file.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (ScalarNode Key, SyntaxNode Value)> entries = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="mapping"/>, reporting keys not in <paramref name="allowed"/> nor in <paramref name="aliases"/>.</summary>
    /// <param name="mapping">The mapping node.</param>
    /// <param name="context">Where it sits, for messages.</param>
    /// <param name="allowed">The keys of the format, listed in messages.</param>
    /// <param name="read">The file being read.</param>
    /// <param name="aliases">Keys also accepted but not advertised (old names the caller warns about); null for none.</param>
    public YamlFields(MappingNode mapping, string context, IReadOnlyCollection<string> allowed, MappingReadContext read, IReadOnlyCollection<string>? aliases = null)
    {
        Mapping = mapping;
        Context = context;
        Read = read;
        // Keys that are not text were reported by the YAML reader and are not in the mapping.
        foreach (var (scalar, value) in mapping.Entries)
        {
            var key = scalar.Value;
            if (allowed.Contains(key) || (aliases?.Contains(key) ?? false))
            {
                entries[key] = (scalar, value);
                continue;
            }

            var suggestion = EditDistance.Suggest(key, allowed);
            read.Error(
                MappingDiagnosticCodes.UnknownKey,
                scalar.Start,
                $"Unknown key '{key}' in {context}",
                $"{(suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ")}Allowed keys here: {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>The mapping read.</summary>
    public MappingNode Mapping { get; }

    /// <summary>Where the mapping sits, for messages.</summary>
    public string Context { get; }

    /// <summary>The file being read and its diagnostics.</summary>
    public MappingReadContext Read { get; }

    /// <summary>The keys written, in order.</summary>
    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>True when <paramref name="key"/> is written with a non-null value.</summary>
    public bool Has(string key) => entries.TryGetValue(key, out var e) && !IsNull(e.Value);

    /// <summary>The key node of <paramref name="key"/>, or null.</summary>
    public ScalarNode? KeyNode(string key) => entries.TryGetValue(key, out var e) ? e.Key : null;

    /// <summary>The value node of <paramref name="key"/>; reports it missing when required.</summary>
    public SyntaxNode? Node(string key, bool required, string example)
    {
        if (entries.TryGetValue(key, out var entry) && !IsNull(entry.Value))
        {
            return entry.Value;
        }

        if (required)
        {
            Read.Error(MappingDiagnosticCodes.MissingValue, entries.TryGetValue(key, out var e) ? e.Key.Start : Mapping.Start, $"Missing required value '{key}' in {Context}", $"Add '{key}: {example}' to {Context}.");
        }

        return null;
    }

    /// <summary>A text value.</summary>
    public ScalarNode? Scalar(string key, bool required = false, string example = "...")
    {
        var node = Node(key, required, example);
        if (node is null or ScalarNode)
        {
            return (ScalarNode?)node;
        }

        Read.Error(MappingDiagnosticCodes.WrongType, node.Start, $"'{key}' in {Context} is {Shape(node)}; it must be a single value", $"Write e.g. '{key}: {example}'.");
        return null;
    }

    /// <summary>The text of a value.</summary>
    public string? Text(string key, bool required = false, string example = "...") => Scalar(key, required, example)?.Value;

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public long? Integer(string key, long min, long max, bool required = false)
    {
        var scalar = Scalar(key, required, min.ToString(CultureInfo.InvariantCulture));
        return scalar is null ? null : Read.Number(scalar, $"'{key}' in {Context}", min, max);
    }

    /// <summary>true or false.</summary>
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

        Read.Error(MappingDiagnosticCodes.WrongType, scalar.Start, $"'{key}' in {Context} is '{scalar.Value}'; it must be true or false", $"Write '{key}: true' or '{key}: false' without quotes.");
        return null;
    }

    /// <summary>One of a fixed set of words.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> words, bool required = false)
        where T : struct
    {
        var scalar = Scalar(key, required, words.Keys.First());
        return scalar is null ? null : Read.Word(scalar, $"'{key}' in {Context}", words);
    }

    /// <summary>An OID value (dotted, optional leading dot).</summary>
    public Oid? Oid(string key, bool required = false)
    {
        var scalar = Scalar(key, required, "1.3.6.1.4.1.1918.2.13.10.30.65.20.0");
        return scalar is null ? null : Read.ObjectId(scalar, $"'{key}' in {Context}");
    }

    /// <summary>A nested mapping.</summary>
    public MappingNode? Map(string key, bool required = false, string example = "{ ... }")
    {
        var node = Node(key, required, example);
        if (node is null or MappingNode)
        {
            return (MappingNode?)node;
        }

        Read.Error(MappingDiagnosticCodes.WrongType, node.Start, $"'{key}' in {Context} is {Shape(node)}; it must be a mapping", $"Write e.g. '{key}: {example}'.");
        return null;
    }

    /// <summary>A list of single values.</summary>
    public IReadOnlyList<ScalarNode>? List(string key, bool required = false, string example = "[a, b]")
    {
        var node = Node(key, required, example);
        if (node is null)
        {
            return null;
        }

        if (node is not SequenceNode sequence)
        {
            Read.Error(MappingDiagnosticCodes.WrongType, node.Start, $"'{key}' in {Context} is {Shape(node)}; it must be a list", $"Write e.g. '{key}: {example}'.");
            return null;
        }

        var items = new List<ScalarNode>();
        foreach (var item in sequence.Items)
        {
            if (item is ScalarNode scalar && !IsNull(scalar))
            {
                items.Add(scalar);
            }
            else
            {
                Read.Error(MappingDiagnosticCodes.WrongType, item.Start, $"An item of '{key}' in {Context} is {Shape(item)}; items must be single values", $"Write e.g. '{key}: {example}'.");
            }
        }

        if (items.Count == 0 && sequence.Items.Count == 0)
        {
            Read.Error(MappingDiagnosticCodes.Invalid, node.Start, $"'{key}' in {Context} is an empty list", $"Give at least one item, e.g. '{key}: {example}'.");
            return null;
        }

        return items;
    }

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Where => Mapping.Start;

    /// <summary>A short description of a node's shape for messages.</summary>
    public static string Shape(SyntaxNode node) => node switch
    {
        MappingNode => "a mapping",
        SequenceNode => "a list",
        _ when IsNull(node) => "empty",
        _ => "text",
    };

    /// <summary>True for YAML's null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(SyntaxNode node) => node is ScalarNode { IsNull: true };
}
