using System.Security.Cryptography;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;

namespace Provisioner.Snmp.Tests.Security.Usm;

public sealed class MessageAuthenticatorTests
{
    public static TheoryData<AuthenticationProtocol> Protocols() => new(Enum.GetValues<AuthenticationProtocol>().Where(p => p != AuthenticationProtocol.None));

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Sign_OneKeyFromManyThreads_GivesTheOneShotHmac(AuthenticationProtocol protocol)
    {
        var algorithm = AuthenticationAlgorithm.For(protocol);
        var key = RandomNumberGenerator.GetBytes(algorithm.DigestLength);
        var messages = Enumerable.Range(0, 32).Select(i => RandomNumberGenerator.GetBytes(algorithm.MacLength + 10 + (i * 41 % 500))).ToArray();
        var expected = messages.Select(m => ExpectedMac(algorithm, key, m)).ToArray();
        using var shared = new MessageAuthenticator(algorithm, key);

        var tasks = Enumerable.Range(0, 12).Select(worker => Task.Run(() =>
        {
            for (var round = 0; round < 30; round++)
            {
                var i = (worker * 5 + round) % messages.Length;
                var message = messages[i].ToArray();
                shared.Sign(message, 10);
                Assert.Equal(expected[i], Convert.ToHexString(message.AsSpan(10, algorithm.MacLength)));
                Assert.True(shared.Verify(message, 10, algorithm.MacLength));
                message[^1] ^= 1;
                Assert.False(shared.Verify(message, 10, algorithm.MacLength));
            }
        }));

        await Task.WhenAll(tasks);
    }

    [Fact]
    public void Verify_WrongLengthOrOffset_ReturnsFalse()
    {
        using var authenticator = new MessageAuthenticator(AuthenticationAlgorithm.For(AuthenticationProtocol.Sha256), new byte[32]);
        var message = new byte[64];

        Assert.False(authenticator.Verify(message, 0, 12));
        Assert.False(authenticator.Verify(message, 50, 24));
        Assert.False(authenticator.Verify(message, -1, 24));
    }

    /// <summary>The one-shot HMAC of the message with its MAC field zeroed, truncated.</summary>
    private static string ExpectedMac(AuthenticationAlgorithm algorithm, byte[] key, byte[] message)
    {
        var zeroed = message.ToArray();
        zeroed.AsSpan(10, algorithm.MacLength).Clear();
        var mac = new byte[algorithm.DigestLength];
        algorithm.Hmac(key, zeroed, mac);
        return Convert.ToHexString(mac.AsSpan(0, algorithm.MacLength));
    }
}
