using Provisioner.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Provisioner.Inventory.Yaml;

/// <summary>
/// Builds a <see cref="SyntaxNode"/> tree from YAML text with YamlDotNet's event parser, keeping the
/// line and column of every node. Reports syntax errors, duplicate keys, non-text keys and empty
/// files as diagnostics instead of throwing, so a caller sees every problem of a file in one run.
/// </summary>
internal sealed class YamlTreeReader
{
    /// <summary>The deepest nesting of lists and mappings read; deeper input is a syntax error, never a stack overflow.</summary>
    public const int MaxDepth = 64;

    private readonly string file;
    private readonly DiagnosticList diagnostics;
    private readonly YamlReadCodes codes;
    private readonly Dictionary<string, SyntaxNode> anchors = new(StringComparer.Ordinal);
    private Mark lastMark = Mark.Empty;
    private int depth;

    private YamlTreeReader(string file, DiagnosticList diagnostics, YamlReadCodes codes)
    {
        this.file = file;
        this.diagnostics = diagnostics;
        this.codes = codes;
    }

    /// <summary>Parses <paramref name="text"/>; returns the root node, or null when the file is empty or malformed.</summary>
    /// <param name="file">The file name used in source locations.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <param name="codes">The codes of the format being read.</param>
    /// <returns>The root node, or null.</returns>
    public static SyntaxNode? Read(string file, string text, DiagnosticList diagnostics, YamlReadCodes codes)
    {
        var reader = new YamlTreeReader(file, diagnostics, codes);
        var parser = new Parser(new StringReader(text));
        try
        {
            return reader.ReadStream(parser);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(
                codes.Syntax,
                "YAML syntax error: " + StripLocation(ex.Message),
                "The file is not valid YAML at this point. Check the indentation (spaces only, children indented deeper than their key), quotes and brackets around this line.")
                with { Source = reader.Locate(ex.Start) });
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input
            // (e.g. an unclosed flow sequence at the end of a line); report where parsing stopped.
            diagnostics.Add(Diagnostic.Error(
                codes.Syntax,
                "YAML syntax error: the parser stopped after this point",
                "Look for an unclosed '[', '{' or quote on this line or the next, and check the indentation.")
                with { Source = reader.Locate(reader.lastMark) });
            return null;
        }
    }

    private static string StripLocation(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith('(') ? message[(index + 3)..] : message;
    }

    private SourceLocation Locate(Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private SyntaxNode? ReadStream(Parser parser)
    {
        parser.Consume<StreamStart>();
        SyntaxNode? root = null;
        var documents = 0;
        while (parser.TryConsume<DocumentStart>(out var start))
        {
            documents++;
            var node = ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (documents == 1)
            {
                root = node;
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(
                    codes.Syntax,
                    "More than one YAML document in the file",
                    "A file holds one document. Remove the '---' separator, or move the second document into a file of its own.")
                    with { Source = Locate(start.Start) });
            }
        }

        parser.Consume<StreamEnd>();
        if (root is null || root is ScalarNode { IsNull: true })
        {
            diagnostics.Add(Diagnostic.Error(
                codes.EmptyFile,
                "The file is empty",
                codes.EmptyFileFix)
                with { Source = new SourceLocation(file, 1, 1) });
            return null;
        }

        return root;
    }

    private SyntaxNode ReadNode(Parser parser)
    {
        if (++depth > MaxDepth)
        {
            var at = parser.Current?.Start ?? lastMark;
            throw new YamlException(at, at, $"Lists and mappings are nested more than {MaxDepth} levels deep here; no file of this format needs that.");
        }

        try
        {
            return ReadNodeAtDepth(parser);
        }
        finally
        {
            depth--;
        }
    }

    private SyntaxNode ReadNodeAtDepth(Parser parser)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            throw new YamlException(alias.Start, alias.End, $"The alias '*{alias.Value.Value}' refers to no anchor defined before it.");
        }

        if (parser.Current is { } current)
        {
            lastMark = current.Start;
        }

        SyntaxNode node;
        string? anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            node = new ScalarNode(Locate(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
            ReportUnsafeCharacters((ScalarNode)node);
            anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<SyntaxNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser));
            }

            node = new SequenceNode(Locate(sequenceStart.Start), items);
            anchor = sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value;
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            node = ReadMapping(parser, Locate(mappingStart.Start));
            anchor = mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value;
        }

        if (anchor is not null)
        {
            anchors[anchor] = node;
        }

        return node;
    }

    // No inventory value needs a control or invisible formatting character, and echoing one (an ANSI
    // escape in a device name, a right-to-left override) could rewrite the terminal line it is shown on.
    private void ReportUnsafeCharacters(ScalarNode scalar)
    {
        var unsafeChars = scalar.Value.Where(Printable.IsUnsafe).Distinct().ToList();
        if (unsafeChars.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(
                codes.InvalidValue,
                $"'{Printable.Escape(scalar.Value)}' holds the control or formatting character(s) {string.Join(", ", unsafeChars.Select(Printable.Describe))}",
                "Inventory values are printable text. Remove the character; it was probably pasted in with the value or written as an escape such as \\e in double quotes.")
                with { Source = scalar.Start });
        }
    }

    private MappingNode ReadMapping(Parser parser, SourceLocation start)
    {
        var entries = new List<KeyValuePair<ScalarNode, SyntaxNode>>();
        var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser);
            var value = ReadNode(parser);
            if (keyNode is not ScalarNode key)
            {
                diagnostics.Add(Diagnostic.Error(
                    codes.WrongType,
                    $"A key is {keyNode.ShapeName}; keys must be text",
                    "Write the key as a plain word such as 'name:'.")
                    with { Source = keyNode.Start });
                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add(Diagnostic.Error(
                    codes.DuplicateKey,
                    $"Duplicate key '{key.Value}' (first written at {first.Start})",
                    $"A key may appear once per mapping. Keep one '{key.Value}' and delete the other; the first one is used until then.")
                    with { Source = key.Start });
                continue;
            }

            seen.Add(key.Value, key);
            entries.Add(new KeyValuePair<ScalarNode, SyntaxNode>(key, value));
        }

        return new MappingNode(start, entries);
    }
}
