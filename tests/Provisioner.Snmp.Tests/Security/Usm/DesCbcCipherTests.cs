using System.Buffers.Binary;
using System.Security.Cryptography;
using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Snmp.Tests.Security.Usm;

#pragma warning disable CA5351 // DES is the protocol under test (RFC 3414 §8).
public sealed class DesCbcCipherTests
{
    private static readonly byte[] Key = Convert.FromHexString("FBBA0B84ACA7BA2AF2BAE2421BA6F37F");

    [Fact]
    public void Encrypt_EveryLengthBothSidesOfTheOneShotSwitch_MatchesTheBclCbc()
    {
        using var cipher = new DesCbcCipher(Key);
        for (var length = 1; length <= 200; length++)
        {
            var plaintext = RandomNumberGenerator.GetBytes(length);
            var salt = new byte[8];

            var encrypted = cipher.Encrypt(3, 4, plaintext, salt);

            Assert.Equal(Convert.ToHexString(ReferenceCbc(salt, plaintext)), Convert.ToHexString(encrypted));
            Assert.Equal(Convert.ToHexString(plaintext), Convert.ToHexString(cipher.Decrypt(3, 4, salt, encrypted).AsSpan(0, length)));
        }
    }

    [Fact]
    public async Task EncryptDecrypt_OneKeyFromManyThreads_GiveTheSingleThreadedResults()
    {
        using var shared = new DesCbcCipher(Key);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 40).Select(round =>
            {
                var plaintext = RandomNumberGenerator.GetBytes(1 + ((worker * 40) + round) % 300);
                var salt = new byte[8];
                var encrypted = shared.Encrypt(worker, round, plaintext, salt);
                var decrypted = shared.Decrypt(worker, round, salt, encrypted);
                return (Plaintext: plaintext, Salt: salt, Encrypted: encrypted, Decrypted: decrypted);
            }).ToArray())));

        foreach (var r in results.SelectMany(x => x))
        {
            Assert.Equal(Convert.ToHexString(ReferenceCbc(r.Salt, r.Plaintext)), Convert.ToHexString(r.Encrypted));
            Assert.Equal(Convert.ToHexString(r.Plaintext), Convert.ToHexString(r.Decrypted.AsSpan(0, r.Plaintext.Length)));
        }
    }

    [Fact]
    public void Encrypt_WeakKey_ThrowsSnmpException()
    {
        var weak = Convert.FromHexString("0101010101010101" + "0000000000000000");
        using var cipher = new DesCbcCipher(weak);

        Assert.Throws<SnmpException>(() => cipher.Encrypt(1, 1, [1], new byte[8]));
        Assert.Throws<SnmpException>(() => cipher.Decrypt(1, 1, new byte[8], new byte[8]));
    }

    /// <summary>The BCL's CBC-DES with IV = pre-IV XOR salt over the zero-padded plaintext.</summary>
    private static byte[] ReferenceCbc(byte[] salt, byte[] plaintext)
    {
        using var des = DES.Create();
        des.Key = Key[..8];
        var iv = BitConverter.GetBytes(BinaryPrimitives.ReadUInt64BigEndian(Key.AsSpan(8)) ^ BinaryPrimitives.ReadUInt64BigEndian(salt));
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(iv);
        }

        var padded = new byte[(plaintext.Length + 7) / 8 * 8];
        plaintext.CopyTo(padded, 0);
        return des.EncryptCbc(padded, iv, PaddingMode.None);
    }
}
#pragma warning restore CA5351
