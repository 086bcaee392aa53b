using System.Text;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// Removes ANSI/VT100 escape sequences from device output: CSI sequences (<c>ESC [</c> … final byte, e.g.
/// colours and cursor moves, and the 8-bit <c>0x9B</c> form), OSC strings (<c>ESC ]</c> … BEL or <c>ESC \</c>),
/// character-set selections (<c>ESC ( B</c>) and the other two-byte escapes (<c>ESC =</c>, <c>ESC M</c>, …).
/// Everything else, including CR, LF and backspace, is kept for <see cref="TerminalText"/>.
/// </summary>
public static class AnsiText
{
    private const char Escape = '\u001b';
    private const char Csi8Bit = '\u009b';
    private const char Bell = '\u0007';

    /// <summary>The text without escape sequences. An unfinished sequence at the end is dropped.</summary>
    /// <param name="text">Raw device output.</param>
    /// <returns>The text.</returns>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOfAny([Escape, Csi8Bit]) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == Csi8Bit)
            {
                i = SkipCsi(text, i + 1);
            }
            else if (c != Escape)
            {
                result.Append(c);
                i++;
            }
            else if (i + 1 >= text.Length)
            {
                i++;
            }
            else
            {
                i = text[i + 1] switch
                {
                    '[' => SkipCsi(text, i + 2),
                    ']' or 'P' or '^' or '_' or 'X' => SkipString(text, i + 2),
                    >= ' ' and <= '/' => SkipNf(text, i + 1),
                    _ => i + 2,
                };
            }
        }

        return result.ToString();
    }

    // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
    private static int SkipCsi(string text, int i)
    {
        while (i < text.Length && text[i] >= '0' && text[i] <= '?')
        {
            i++;
        }

        while (i < text.Length && text[i] >= ' ' && text[i] <= '/')
        {
            i++;
        }

        return i < text.Length && text[i] >= '@' && text[i] <= '~' ? i + 1 : i;
    }

    // OSC, DCS, PM, APC, SOS: up to BEL or ST (ESC \).
    private static int SkipString(string text, int i)
    {
        while (i < text.Length)
        {
            if (text[i] == Bell)
            {
                return i + 1;
            }

            if (text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\')
            {
                return i + 2;
            }

            i++;
        }

        return i;
    }

    // nF escapes such as ESC ( B: intermediate bytes 0x20–0x2F, then one final byte.
    private static int SkipNf(string text, int i)
    {
        while (i < text.Length && text[i] >= ' ' && text[i] <= '/')
        {
            i++;
        }

        return Math.Min(i + 1, text.Length);
    }
}
