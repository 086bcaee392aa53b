using System.Security.Cryptography;
using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Snmp.Tests.Security.Usm;

public sealed class AesCfbCipherTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(24)]
    [InlineData(32)]
    public void Transform_EveryLengthBothSidesOfTheOneShotSwitch_MatchesTheBclCfbStream(int keyLength)
    {
        var key = RandomNumberGenerator.GetBytes(keyLength);
        var iv = RandomNumberGenerator.GetBytes(16);
        using var cipher = new AesCfbCipher(key);
        for (var length = 1; length <= 200; length++)
        {
            var plaintext = RandomNumberGenerator.GetBytes(length);

            var encrypted = cipher.Transform(iv, plaintext, encrypt: true);

            Assert.Equal(Convert.ToHexString(ReferenceCfb(key, iv, plaintext)), Convert.ToHexString(encrypted));
            Assert.Equal(Convert.ToHexString(plaintext), Convert.ToHexString(cipher.Transform(iv, encrypted, encrypt: false)));
        }
    }

    [Fact]
    public async Task EncryptDecrypt_OneKeyFromManyThreads_GiveTheSingleThreadedResults()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var messages = Enumerable.Range(0, 64)
            .Select(i => (Iv: RandomNumberGenerator.GetBytes(16), Plaintext: RandomNumberGenerator.GetBytes(1 + (i * 37 % 600))))
            .ToArray();
        var expected = messages.Select(m => ReferenceCfb(key, m.Iv, m.Plaintext)).ToArray();
        using var shared = new AesCfbCipher(key);

        var tasks = Enumerable.Range(0, 16).Select(worker => Task.Run(() =>
        {
            for (var round = 0; round < 40; round++)
            {
                var i = (worker * 7 + round) % messages.Length;
                var encrypted = shared.Transform(messages[i].Iv, messages[i].Plaintext, encrypt: true);
                var decrypted = shared.Transform(messages[i].Iv, expected[i], encrypt: false);
                Assert.Equal(Convert.ToHexString(expected[i]), Convert.ToHexString(encrypted));
                Assert.Equal(Convert.ToHexString(messages[i].Plaintext), Convert.ToHexString(decrypted));
            }
        }));

        await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task Encrypt_OneKeyFromManyThreads_DecryptsWithAOneOffCipher()
    {
        var key = RandomNumberGenerator.GetBytes(16);
        using var shared = new AesCfbCipher(key);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 40).Select(round =>
            {
                var plaintext = RandomNumberGenerator.GetBytes(1 + ((worker * 40) + round) % 300);
                var salt = new byte[8];
                var encrypted = shared.Encrypt(worker, round, plaintext, salt);
                return (Worker: worker, Round: round, Plaintext: plaintext, Salt: salt, Encrypted: encrypted);
            }).ToArray())));

        foreach (var r in results.SelectMany(x => x))
        {
            var back = AesCfbPrivacy.Aes128.Decrypt(key, r.Worker, r.Round, r.Salt, r.Encrypted);
            Assert.Equal(Convert.ToHexString(r.Plaintext), Convert.ToHexString(back!));
        }
    }

    /// <summary>The BCL's CFB-128 over the plaintext padded to whole blocks, cut to the plaintext's length.</summary>
    private static byte[] ReferenceCfb(byte[] key, byte[] iv, byte[] plaintext)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var padded = new byte[(plaintext.Length + 15) / 16 * 16];
        plaintext.CopyTo(padded, 0);
        return aes.EncryptCfb(padded, iv, PaddingMode.None, 128)[..plaintext.Length];
    }
}
