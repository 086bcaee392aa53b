using System.Globalization;
using System.Text;
using Provisioner.Abstractions;

namespace Provisioner.Inventory.Yaml;

/// <summary>
/// Shows text from an inventory safely: control characters (C0, DEL, C1) and invisible formatting
/// characters (bidirectional overrides, zero-width characters) are written as <c>\x1b</c> or <c>\u202e</c>,
/// so that a value can never move the cursor, recolour or hide part of a terminal line when echoed.
/// </summary>
internal static class Printable
{
    /// <summary>True when <paramref name="c"/> must never be written raw.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is a control or format character.</returns>
    public static bool IsUnsafe(char c) => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Returns <paramref name="text"/> with every unsafe character escaped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text (the same instance when nothing needed escaping).</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(IsUnsafe(c) ? Code(c) : c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Names one character for a message: <c>' '</c>, <c>'é'</c> or <c>\x1b</c>.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The description.</returns>
    public static string Describe(char c) => IsUnsafe(c) ? Code(c) : c == ' ' ? "a space" : $"'{c}'";

    /// <summary>Escapes the texts of <paramref name="diagnostic"/>.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The safe diagnostic.</returns>
    public static Diagnostic Escape(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic with
        {
            Summary = Escape(diagnostic.Summary),
            Detail = Escape(diagnostic.Detail),
            Device = diagnostic.Device is null ? null : Escape(diagnostic.Device),
            Source = diagnostic.Source is null ? null : diagnostic.Source with { File = Escape(diagnostic.Source.File) },
        };
    }

    private static string Code(char c) => c <= 0xFF ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}";
}
