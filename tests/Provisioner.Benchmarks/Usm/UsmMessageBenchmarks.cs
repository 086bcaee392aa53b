using BenchmarkDotNet.Attributes;
using Provisioner.Benchmarks.Codec;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;
using Provisioner.Snmp.Types;

namespace Provisioner.Benchmarks.Usm;

/// <summary>
/// SNMPv3 authPriv message processing of the typical response: outgoing (encrypt, encode, sign) and
/// incoming (decode, verify the MAC, decrypt, decode the scoped PDU), with localised keys in hand.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class UsmMessageBenchmarks
{
    private LocalizedUser user = null!;
    private SnmpMessage message = null!;
    private byte[] packet = [];

    /// <summary>The protocol pair.</summary>
    [Params("SHA-1/AES-128", "SHA-256/AES-256", "MD5/DES")]
    public string Protocols { get; set; } = "SHA-1/AES-128";

    /// <summary>Localises the user and prepares the message and its encoding.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (auth, priv) = Protocols switch
        {
            "SHA-256/AES-256" => (AuthenticationProtocol.Sha256, PrivacyProtocol.Aes256),
            "MD5/DES" => (AuthenticationProtocol.Md5, PrivacyProtocol.Des),
            _ => (AuthenticationProtocol.Sha1, PrivacyProtocol.Aes128),
        };
        user = UsmKeyCache.Localize(new UsmUser("bench", auth, "bench-auth-pass", priv, "bench-priv-pass"), TypicalMessages.EngineId);
        var engineId = new OctetString(TypicalMessages.EngineId);
        message = new SnmpMessage
        {
            Version = SnmpMessageVersion.V3,
            Header = new SnmpV3Header(77, 65507, MessageFlags.Auth | MessageFlags.Priv),
            SecurityParameters = new UsmSecurityParameters(engineId, 3, 12345, OctetString.FromString("bench"), OctetString.Empty, OctetString.Empty),
            ContextEngineId = engineId,
            Pdu = TypicalMessages.Response(4242),
        };
        packet = UsmProcessor.Encode(message, user);
    }

    /// <summary>Encrypts, encodes and signs the response.</summary>
    /// <returns>The datagram.</returns>
    [Benchmark]
    public byte[] ProtectOutgoing() => UsmProcessor.Encode(message, user);

    /// <summary>Decodes, authenticates and decrypts the response.</summary>
    /// <returns>The plaintext message.</returns>
    [Benchmark]
    public SnmpMessage ProcessIncoming()
    {
        var decoded = SnmpMessageCodec.Decode(packet, out var authOffset);
        return UsmProcessor.Authenticate(packet, decoded, authOffset, user)
            ? UsmProcessor.Decrypt(decoded, user) ?? throw new InvalidOperationException("Decryption failed.")
            : throw new InvalidOperationException("Authentication failed.");
    }
}
