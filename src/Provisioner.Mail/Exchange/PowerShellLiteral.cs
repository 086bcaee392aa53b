using System.Text;

namespace Provisioner.Mail;

/// <summary>Writes values as PowerShell literals that cannot break out of their quotes.</summary>
public static class PowerShellLiteral
{
    /// <summary>Quotes <paramref name="value"/> as a verbatim single-quoted string.</summary>
    /// <param name="value">The text.</param>
    /// <returns>E.g. <c>'it''s'</c>; every single quote (ASCII or typographic) is doubled.</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            // PowerShell treats the typographic single quotes as quote characters too.
            if (c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
            {
                builder.Append(c);
            }

            builder.Append(c);
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>Writes an array literal of quoted strings: <c>@('a', 'b')</c>, or <c>@()</c>.</summary>
    /// <param name="values">The strings.</param>
    /// <returns>The literal.</returns>
    public static string Array(IEnumerable<string> values) => "@(" + string.Join(", ", values.Select(Quote)) + ")";

    /// <summary>Writes <c>$true</c> or <c>$false</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal.</returns>
    public static string Boolean(bool value) => value ? "$true" : "$false";
}
