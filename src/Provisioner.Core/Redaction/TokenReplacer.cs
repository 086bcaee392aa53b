using System.Text;

namespace Provisioner.Core;

/// <summary>Replaces a string where it stands as a whole token: not preceded or followed by a letter, digit or underscore.</summary>
internal static class TokenReplacer
{
    /// <summary>Returns <paramref name="text"/> with every whole-token occurrence of <paramref name="token"/> replaced by <paramref name="replacement"/>.</summary>
    public static string Replace(string text, string token, string replacement)
    {
        var index = text.IndexOf(token, StringComparison.Ordinal);
        if (index < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var copied = 0;
        while (index >= 0)
        {
            var end = index + token.Length;
            if (IsBoundary(text, index - 1, token[0]) && IsBoundary(text, end, token[^1]))
            {
                builder.Append(text, copied, index - copied).Append(replacement);
                copied = end;
                index = text.IndexOf(token, end, StringComparison.Ordinal);
            }
            else
            {
                index = text.IndexOf(token, index + 1, StringComparison.Ordinal);
            }
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    // A token edge that is itself punctuation needs no boundary: "-pw!" in "x-pw!y" is still the secret.
    private static bool IsBoundary(string text, int at, char edge) =>
        at < 0 || at >= text.Length || !IsWord(text[at]) || !IsWord(edge);

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';
}
