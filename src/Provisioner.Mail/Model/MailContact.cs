using System.Text;

namespace Provisioner.Mail;

/// <summary>
/// A mail contact for one external recipient, e.g. an SMS gateway address
/// <c>2695555555@vtext.com</c>, so that a distribution group can contain it.
/// </summary>
/// <param name="Name">The display name; the address itself, which is unique.</param>
/// <param name="Alias">The Exchange alias derived from the address, e.g. <c>2695555555.vtext.com</c>.</param>
/// <param name="Address">The external e-mail address, the contact's only SMTP address.</param>
public sealed record MailContact(string Name, string Alias, string Address)
{
    /// <summary>Creates the contact for <paramref name="address"/>.</summary>
    /// <param name="address">The external address.</param>
    /// <returns>The contact, named after the address, with an alias Exchange accepts.</returns>
    public static MailContact For(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return new MailContact(address, AliasFor(address), address);
    }

    /// <summary>The distinct external recipients of <paramref name="groups"/> as contacts, in first-seen order.</summary>
    /// <param name="groups">The groups.</param>
    /// <returns>One contact per distinct address (case-insensitive).</returns>
    public static IReadOnlyList<MailContact> FromGroups(IEnumerable<MailGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var contacts = new List<MailContact>();
        foreach (var address in groups.SelectMany(g => g.External))
        {
            if (seen.Add(address))
            {
                contacts.Add(For(address));
            }
        }

        return contacts;
    }

    /// <summary>
    /// Derives an Exchange alias: the address with <c>@</c> as a dot and every character Exchange
    /// does not allow in an alias as a hyphen; no leading, trailing or doubled dots.
    /// </summary>
    /// <param name="address">The address.</param>
    /// <returns>The alias, e.g. <c>2695555555.vtext.com</c>.</returns>
    public static string AliasFor(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var builder = new StringBuilder(address.Length);
        foreach (var c in address.Trim())
        {
            var mapped = c == '@' ? '.' : IsAliasCharacter(c) ? c : '-';
            if (mapped == '.' && (builder.Length == 0 || builder[^1] == '.'))
            {
                continue;
            }

            builder.Append(mapped);
        }

        return builder.ToString().TrimEnd('.');
    }

    private static bool IsAliasCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".Contains(c, StringComparison.Ordinal);
}
