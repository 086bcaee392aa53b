using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory.Loading;

/// <summary>
/// The parts of a mail address the inventory writes: local parts as RFC 5321 dot-atoms (ASCII only, at
/// most 64 characters) and domains as DNS host names (letters, digits and '-' in labels of at most 63,
/// no trailing dot). Device and group names become local parts, so they are checked here too.
/// </summary>
internal static class MailSyntax
{
    /// <summary>The most characters of a local part (RFC 5321 §4.5.3.1.1).</summary>
    public const int MaxLocalPart = 64;

    /// <summary>The characters a dot-atom allows besides letters and digits, and '.' between atoms.</summary>
    public const string AtomSpecials = "!#$%&'*+-/=?^_`{|}~";

    /// <summary>What a local part may hold, for messages.</summary>
    public const string LocalPartRule = "ASCII letters, digits, the characters " + AtomSpecials + ", and '.' between them (not first, last or doubled), at most 64 characters";

    /// <summary>Why <paramref name="local"/> cannot be a local part, or null when it can.</summary>
    /// <param name="local">The text before the '@'.</param>
    /// <returns>The problem, or null.</returns>
    public static string? LocalPartProblem(string local)
    {
        if (local.Length == 0)
        {
            return "it is empty";
        }

        if (local.Length > MaxLocalPart)
        {
            return $"it is {local.Length} characters long; a local part holds at most {MaxLocalPart}";
        }

        var bad = local.Where(c => !IsAtomChar(c) && c != '.').Distinct().ToList();
        if (bad.Count > 0)
        {
            return $"it holds {string.Join(", ", bad.Select(Printable.Describe))}, which a mail address does not allow unquoted";
        }

        return local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)
            ? "a '.' is first, last or doubled"
            : null;
    }

    /// <summary>Why <paramref name="domain"/> is not a mail domain, or null when it is.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>The problem, or null.</returns>
    public static string? DomainProblem(string domain)
    {
        if (domain.EndsWith('.'))
        {
            return "it ends with a '.' (a DNS root dot), which a mail address does not carry";
        }

        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return "it has no '.'; write the full domain such as contoso.com";
        }

        if (domain.Length > 253)
        {
            return "it is longer than 253 characters";
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63)
            {
                return label.Length == 0 ? "it has an empty label ('..' or a leading '.')" : $"the label '{label[..10]}...' is longer than 63 characters";
            }

            var bad = label.Where(c => !char.IsAsciiLetterOrDigit(c) && c != '-').Distinct().ToList();
            if (bad.Count > 0)
            {
                return $"it holds {string.Join(", ", bad.Select(Printable.Describe))}; a domain holds ASCII letters, digits, '-' and '.' (write an international domain in its xn-- form)";
            }

            if (label.StartsWith('-') || label.EndsWith('-'))
            {
                return $"the label '{label}' starts or ends with '-'";
            }
        }

        return labels[^1].All(char.IsAsciiDigit) ? "its last label is a number; write a domain name, not an address" : null;
    }

    /// <summary>Why <paramref name="name"/> is not a DNS host name (one or more labels of letters, digits and '-'), or null when it is.</summary>
    /// <param name="name">The host name.</param>
    /// <returns>The problem, or null.</returns>
    public static string? HostNameProblem(string name)
    {
        if (name.Length is 0 or > 253)
        {
            return name.Length == 0 ? "it is empty" : "it is longer than 253 characters";
        }

        foreach (var label in name.Split('.'))
        {
            if (label.Length is 0 or > 63)
            {
                return label.Length == 0 ? "it has an empty label (a leading, trailing or doubled '.')" : "a label is longer than 63 characters";
            }

            var bad = label.Where(c => !char.IsAsciiLetterOrDigit(c) && c != '-').Distinct().ToList();
            if (bad.Count > 0)
            {
                return $"it holds {string.Join(", ", bad.Select(Printable.Describe))}; a host name holds ASCII letters, digits, '-' and '.'";
            }

            if (label.StartsWith('-') || label.EndsWith('-'))
            {
                return $"the label '{label}' starts or ends with '-'";
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="address"/> is not a <c>local@domain</c> address, or null when it is.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The problem, or null.</returns>
    public static string? AddressProblem(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return "it is not of the form local-part@domain";
        }

        return LocalPartProblem(address[..at]) is { } local ? $"the part before '@' is not valid: {local}"
            : DomainProblem(address[(at + 1)..]) is { } domain ? $"the domain is not valid: {domain}"
            : null;
    }

    private static bool IsAtomChar(char c) => char.IsAsciiLetterOrDigit(c) || AtomSpecials.Contains(c, StringComparison.Ordinal);
}
