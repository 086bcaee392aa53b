using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Snmp.Tests.Security.Usm;

public sealed class DesCbcPrivacyTests
{
    private static readonly byte[] Key = Convert.FromHexString("FBBA0B84ACA7BA2AF2BAE2421BA6F37F");

    // Known answer published with other USM implementations: IV = pre-IV (key bytes 8..15) XOR salt.
    [Fact]
    public void Decrypt_KnownAnswer_XorsPreIvWithSalt()
    {
        var ciphertext = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();

        var plain = DesCbcPrivacy.Instance.Decrypt(Key, 5, 1000, Convert.FromHexString("00000005AABBCCDD"), ciphertext);

        Assert.Equal("1D103B0998D524805851D0A948D6A39E", Convert.ToHexString(plain!));
    }

    [Fact]
    public void Encrypt_Salt_StartsWithEngineBoots()
    {
        var salt = new byte[8];

        DesCbcPrivacy.Instance.Encrypt(Key, 0x01020304, 9, [0], salt);

        Assert.Equal("01020304", Convert.ToHexString(salt.AsSpan(0, 4)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(21)]
    public void EncryptThenDecrypt_AnyLength_KeepsThePlaintextBeforeThePadding(int length)
    {
        var plaintext = Enumerable.Range(0x40, length).Select(i => (byte)i).ToArray();
        var salt = new byte[8];

        var cipher = DesCbcPrivacy.Instance.Encrypt(Key, 7, 1234, plaintext, salt);
        var back = DesCbcPrivacy.Instance.Decrypt(Key, 7, 1234, salt, cipher)!;

        Assert.Equal(0, cipher.Length % 8);
        Assert.Equal(Convert.ToHexString(plaintext), Convert.ToHexString(back.AsSpan(0, length)));
    }

    [Fact]
    public void Decrypt_NotWholeBlocks_ReturnsNull()
    {
        Assert.Null(DesCbcPrivacy.Instance.Decrypt(Key, 1, 1, new byte[8], [1, 2, 3]));
    }
}
