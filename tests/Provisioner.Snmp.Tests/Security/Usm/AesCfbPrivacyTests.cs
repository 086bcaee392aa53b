using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Snmp.Tests.Security.Usm;

public sealed class AesCfbPrivacyTests
{
    // NIST SP 800-38A F.3.13, CFB128-AES128 encryption, first two blocks.
    private static readonly byte[] NistKey = Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C");
    private static readonly byte[] NistIv = Convert.FromHexString("000102030405060708090A0B0C0D0E0F");
    private static readonly byte[] NistPlain = Convert.FromHexString("6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E51");
    private static readonly byte[] NistCipher = Convert.FromHexString("3B3FD92EB72DAD20333449F8E83CFB4AC8A64537A0B3A93FCDE3CDAD9F1CE58B");

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(20)]
    [InlineData(32)]
    public void Transform_AnyLength_IsTheCfbStreamPrefix(int length)
    {
        var cipher = AesCfbPrivacy.Aes128.Transform(NistKey, NistIv, NistPlain.AsSpan(0, length), encrypt: true);
        var plain = AesCfbPrivacy.Aes128.Transform(NistKey, NistIv, cipher, encrypt: false);

        Assert.Equal(Convert.ToHexString(NistCipher.AsSpan(0, length)), Convert.ToHexString(cipher));
        Assert.Equal(Convert.ToHexString(NistPlain.AsSpan(0, length)), Convert.ToHexString(plain));
    }

    // Known answer published with other USM implementations: IV = boots 5 | time 1000 | salt.
    [Fact]
    public void Decrypt_KnownAnswer_UsesBootsTimeSaltIv()
    {
        var key = Convert.FromHexString("7E64BF0CB2DC337BB93BEA9C0A8D6939");
        var ciphertext = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        var plain = AesCfbPrivacy.Aes128.Decrypt(key, 5, 1000, Convert.FromHexString("0011223344556677"), ciphertext);

        Assert.Equal("5E101FAA4B0BC193DA57972253A244622DE32CBA52A74625BFCA9B72DE5B2EEF", Convert.ToHexString(plain!));
    }

    [Fact]
    public void Encrypt_TwoMessages_UseDifferentSalts()
    {
        var key = new byte[32];
        var first = new byte[8];
        var second = new byte[8];

        AesCfbPrivacy.Aes256.Encrypt(key, 1, 1, [1, 2, 3], first);
        AesCfbPrivacy.Aes256.Encrypt(key, 1, 1, [1, 2, 3], second);

        Assert.NotEqual(Convert.ToHexString(first), Convert.ToHexString(second));
    }

    [Fact]
    public void Decrypt_ShortSalt_ReturnsNull()
    {
        Assert.Null(AesCfbPrivacy.Aes128.Decrypt(new byte[16], 1, 1, [1, 2], [1, 2, 3]));
    }
}
