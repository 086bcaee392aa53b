using System.Text;
using BenchmarkDotNet.Attributes;
using Provisioner.Benchmarks.Codec;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Benchmarks.Usm;

/// <summary>
/// Key localisation (RFC 3414 §A.2): the pass phrase expanded to a megabyte and hashed (Ku), then
/// localised to an engine (Kul). Uncached is what every request would pay without the cache;
/// cached is what a device sharing a pass phrase with others costs.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class KeyLocalisationBenchmarks
{
    private readonly byte[] password = Encoding.UTF8.GetBytes("bench-auth-pass");
    private UsmUser user = null!;

    /// <summary>The authentication protocol.</summary>
    [Params(AuthenticationProtocol.Md5, AuthenticationProtocol.Sha1, AuthenticationProtocol.Sha256, AuthenticationProtocol.Sha512)]
    public AuthenticationProtocol Protocol { get; set; }

    /// <summary>Warms the cache for <see cref="CachedLocalize"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        user = new UsmUser("bench", Protocol, "bench-auth-pass", PrivacyProtocol.Aes128, "bench-priv-pass");
        UsmKeyCache.Localize(user, TypicalMessages.EngineId);
    }

    /// <summary>Derives Ku and Kul from scratch (the auth key only).</summary>
    /// <returns>Kul.</returns>
    [Benchmark(Baseline = true)]
    public byte[] UncachedPasswordToLocalizedKey()
    {
        var algorithm = AuthenticationAlgorithm.For(Protocol);
        return KeyLocalization.Localize(algorithm, KeyLocalization.PasswordToKey(algorithm, password), TypicalMessages.EngineId);
    }

    /// <summary>Looks up the user's localised auth and priv keys in the cache.</summary>
    /// <returns>The localised auth key.</returns>
    [Benchmark]
    public byte[] CachedLocalize() => UsmKeyCache.Localize(user, TypicalMessages.EngineId).AuthKey;
}
