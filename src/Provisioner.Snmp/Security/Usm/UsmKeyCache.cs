using System.Collections.Concurrent;
using System.Text;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// Process-wide caches: Ku per (protocol, pass phrase), because deriving it hashes a megabyte and
/// devices often share a pass phrase; Kul per (protocol, Ku, engine ID); and whole localised users.
/// </summary>
internal static class UsmKeyCache
{
    private const int MaxEntries = 200_000;
    private static readonly ConcurrentDictionary<(AuthenticationProtocol, string), byte[]> s_ku = new();
    private static readonly ConcurrentDictionary<string, byte[]> s_kul = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(UsmUser, string), LocalizedUser> s_users = new();
    private static int s_kuDerivations;

    /// <summary>How many Ku derivations (1 MB hashes) ran in this process; proves the cache works.</summary>
    public static int KuDerivations => Volatile.Read(ref s_kuDerivations);

    /// <summary>Returns Ku for a pass phrase, deriving it once per process.</summary>
    public static byte[] GetKu(AuthenticationProtocol protocol, string password) =>
        s_ku.GetOrAdd((protocol, password), static key =>
        {
            Interlocked.Increment(ref s_kuDerivations);
            return KeyLocalization.PasswordToKey(AuthenticationAlgorithm.For(key.Item1), Encoding.UTF8.GetBytes(key.Item2));
        });

    /// <summary>Returns Kul for Ku and an engine ID.</summary>
    public static byte[] GetKul(AuthenticationProtocol protocol, byte[] ku, ReadOnlySpan<byte> engineId)
    {
        var key = string.Concat(((int)protocol).ToString(System.Globalization.CultureInfo.InvariantCulture), ":", Convert.ToHexString(ku), ":", Convert.ToHexString(engineId));
        if (s_kul.TryGetValue(key, out var kul))
        {
            return kul;
        }

        Trim(s_kul);
        return s_kul.GetOrAdd(key, KeyLocalization.Localize(AuthenticationAlgorithm.For(protocol), ku, engineId));
    }

    /// <summary>Returns the user's keys localised to <paramref name="engineId"/>.</summary>
    public static LocalizedUser Localize(UsmUser user, ReadOnlySpan<byte> engineId)
    {
        var key = (user, Convert.ToHexString(engineId));
        if (s_users.TryGetValue(key, out var localized))
        {
            return localized;
        }

        Trim(s_users);
        return s_users.GetOrAdd(key, Create(user, engineId.ToArray()));
    }

    private static LocalizedUser Create(UsmUser user, byte[] engineId)
    {
        if (user.AuthenticationProtocol == AuthenticationProtocol.None)
        {
            return new LocalizedUser(user, engineId, null, [], null, []);
        }

        var authentication = AuthenticationAlgorithm.For(user.AuthenticationProtocol);
        var authKey = GetKul(user.AuthenticationProtocol, GetKu(user.AuthenticationProtocol, user.AuthPassword!), engineId);
        if (user.PrivacyProtocol == PrivacyProtocol.None)
        {
            return new LocalizedUser(user, engineId, authentication, authKey, null, []);
        }

        var privacy = PrivacyAlgorithm.For(user.PrivacyProtocol);
        var privKul = GetKul(user.AuthenticationProtocol, GetKu(user.AuthenticationProtocol, user.PrivPassword!), engineId);
        var privKey = privacy.Extension switch
        {
            KeyExtension.Blumenthal => KeyLocalization.ExtendBlumenthal(authentication, privKul, privacy.KeyMaterialLength),
            KeyExtension.Reeder => KeyLocalization.ExtendReeder(authentication, privKul, engineId, privacy.KeyMaterialLength),
            _ => privKul,
        };

        if (privKey.Length < privacy.KeyMaterialLength)
        {
            throw new ArgumentException($"SNMPv3 user '{user.Name}': {user.AuthenticationProtocol} keys are too short for {user.PrivacyProtocol}.", nameof(user));
        }

        return new LocalizedUser(user, engineId, authentication, authKey, privacy, privKey);
    }

    private static void Trim<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache)
        where TKey : notnull
    {
        if (cache.Count > MaxEntries)
        {
            cache.Clear();
        }
    }
}
