using System.Text;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// Renders what a terminal would show for text without escape sequences (see <see cref="AnsiText"/>): a
/// carriage return moves to the start of the line and a backspace one column left, and what follows
/// overwrites; other control characters except tab are dropped; trailing blanks of each line are removed.
/// So <c>"--More--\r        \r"</c> and <c>"x\b \b"</c> leave nothing, as on screen.
/// </summary>
public static class TerminalText
{
    /// <summary>The lines as shown, joined with <c>\n</c>.</summary>
    /// <param name="text">Text without escape sequences.</param>
    /// <returns>The rendered text.</returns>
    public static string Render(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var line = new StringBuilder();
        var column = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    result.Append(line.ToString().TrimEnd()).Append('\n');
                    line.Clear();
                    column = 0;
                    break;
                case '\r':
                    column = 0;
                    break;
                case '\b':
                    column = Math.Max(0, column - 1);
                    break;
                case '\t' or >= ' ' when c != '\u007f' && (c < '\u0080' || c > '\u009f'):
                    if (column < line.Length)
                    {
                        line[column] = c;
                    }
                    else
                    {
                        line.Append(c);
                    }

                    column++;
                    break;
                default:
                    break;
            }
        }

        return result.Append(line.ToString().TrimEnd()).ToString();
    }

    /// <summary>The text as shown: escape sequences removed, then rendered.</summary>
    /// <param name="raw">Raw device output.</param>
    /// <returns>The clean text.</returns>
    public static string Clean(string raw) => Render(AnsiText.Strip(raw));
}
