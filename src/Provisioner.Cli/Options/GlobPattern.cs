namespace Provisioner.Cli.Options;

/// <summary>A shell-style pattern over names: <c>*</c> is any run of characters, <c>?</c> one character; case-insensitive.</summary>
/// <param name="Pattern">The pattern, e.g. <c>UPS-NY-*</c>.</param>
internal sealed record GlobPattern(string Pattern)
{
    /// <summary>True when <paramref name="name"/> matches the whole pattern.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it matches.</returns>
    public bool IsMatch(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < Pattern.Length && (Pattern[p] == '?' || char.ToUpperInvariant(Pattern[p]) == char.ToUpperInvariant(name[n])))
            {
                p++;
                n++;
            }
            else if (p < Pattern.Length && Pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < Pattern.Length && Pattern[p] == '*')
        {
            p++;
        }

        return p == Pattern.Length;
    }
}
