using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Provisioner.Core;

/// <summary>
/// The host field of one OpenSSH <c>known_hosts</c> line: a comma-separated list of names
/// (<c>10.6.1.21</c>, <c>[10.6.1.21]:2222</c>) or one hashed name (<c>|1|salt|hash</c>, as
/// <c>ssh-keygen -H</c> writes, HMAC-SHA1 keyed with the salt). Wildcards and negations (<c>*</c>,
/// <c>?</c>, <c>!</c>) are not honoured: a pin names one device, so such entries never match.
/// </summary>
internal static class KnownHostPattern
{
    /// <summary>The name OpenSSH looks up for <paramref name="host"/> and <paramref name="port"/>: the bare host on port 22, <c>[host]:port</c> otherwise.</summary>
    public static string LookupName(string host, int port) =>
        port == 22 ? host : string.Create(CultureInfo.InvariantCulture, $"[{host}]:{port}");

    /// <summary>Whether <paramref name="field"/> names <paramref name="lookupName"/>.</summary>
    public static bool Matches(string field, string lookupName)
    {
        if (field.StartsWith("|1|", StringComparison.Ordinal))
        {
            return HashedMatches(field, lookupName);
        }

        foreach (var name in field.Split(','))
        {
            if (string.Equals(name, lookupName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HashedMatches(string field, string lookupName)
    {
        var parts = field.Split('|');
        if (parts.Length != 4)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            // OpenSSH's HashKnownHosts format is defined as HMAC-SHA1; it hides names, it is not a security boundary here.
#pragma warning disable CA5350
            var actual = HMACSHA1.HashData(salt, Encoding.ASCII.GetBytes(lookupName.ToLowerInvariant()));
#pragma warning restore CA5350
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
