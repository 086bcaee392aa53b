using System.Net;
using Provisioner.Cli.Snmp;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;

namespace Provisioner.Cli.Tests.Snmp;

public sealed class SnmpTargetFactoryTests
{
    private static readonly SnmpTargetFactory NoEnvironment = new(new SnmpSecretEnvironment(_ => null));

    [Fact]
    public async Task CreateAsync_CommunityAndNoVersion_IsV2cWithNetSnmpDefaults()
    {
        var target = await NoEnvironment.CreateAsync(new SnmpConnectionOptions { Agent = "127.0.0.1:1161", Community = "public" }, CancellationToken.None);

        Assert.Equal(SnmpMessageVersion.V2c, target.Version);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 1161), target.Endpoint);
        Assert.Equal("public", target.Community);
        Assert.Equal(TimeSpan.FromSeconds(1), target.Timeout);
        Assert.Equal(5, target.Retries);
    }

    [Fact]
    public async Task CreateAsync_CommunityFromEnvironment_IsUsed()
    {
        var factory = new SnmpTargetFactory(new SnmpSecretEnvironment(n => n == SnmpSecretEnvironment.CommunityVariable ? "from-env" : null));

        var target = await factory.CreateAsync(new SnmpConnectionOptions { Agent = "[::1]:1161", Version = "1" }, CancellationToken.None);

        Assert.Equal(SnmpMessageVersion.V1, target.Version);
        Assert.Equal("from-env", target.Community);
        Assert.Equal(IPAddress.IPv6Loopback, target.Endpoint.Address);
    }

    [Fact]
    public async Task CreateAsync_NoCommunity_NamesOptionAndVariable()
    {
        var error = await Assert.ThrowsAsync<SnmpUsageException>(
            () => NoEnvironment.CreateAsync(new SnmpConnectionOptions { Agent = "127.0.0.1" }, CancellationToken.None));

        Assert.Contains("-c COMMUNITY", error.Message, StringComparison.Ordinal);
        Assert.Contains(SnmpSecretEnvironment.CommunityVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_FullV3Options_BuildsAuthPrivUserWithContextAndTiming()
    {
        var options = new SnmpConnectionOptions
        {
            Agent = "127.0.0.1",
            Version = "3",
            User = "ops",
            Level = "authPriv",
            AuthProtocol = "SHA-256",
            AuthPassword = "auth-pass-1",
            PrivProtocol = "AES-256-C",
            PrivPassword = "priv-pass-1",
            Context = "vrf1",
            TimeoutSeconds = 2.5,
            Retries = 0,
        };

        var target = await NoEnvironment.CreateAsync(options, CancellationToken.None);

        Assert.Equal(new UsmUser("ops", AuthenticationProtocol.Sha256, "auth-pass-1", PrivacyProtocol.Aes256Cisco, "priv-pass-1"), target.User);
        Assert.Equal("vrf1", target.ContextName);
        Assert.Equal(TimeSpan.FromSeconds(2.5), target.Timeout);
        Assert.Equal(0, target.Retries);
        Assert.Equal(161, target.Endpoint.Port);
    }

    [Fact]
    public async Task CreateAsync_UserWithoutLevel_InfersLevelFromEnvironmentPassPhrases()
    {
        var factory = new SnmpTargetFactory(new SnmpSecretEnvironment(n => n switch
        {
            SnmpSecretEnvironment.AuthPasswordVariable => "env-auth-pass",
            SnmpSecretEnvironment.PrivPasswordVariable => "env-priv-pass",
            _ => null,
        }));

        var target = await factory.CreateAsync(
            new SnmpConnectionOptions { Agent = "127.0.0.1", User = "ops", AuthProtocol = "SHA", PrivProtocol = "AES" }, CancellationToken.None);

        Assert.Equal(SnmpMessageVersion.V3, target.Version);
        Assert.Equal(new UsmUser("ops", AuthenticationProtocol.Sha1, "env-auth-pass", PrivacyProtocol.Aes128, "env-priv-pass"), target.User);
    }

    [Fact]
    public async Task CreateAsync_AuthNoPrivLevel_IgnoresPrivacyOptions()
    {
        var options = new SnmpConnectionOptions
        {
            Agent = "127.0.0.1", User = "ops", Level = "authNoPriv", AuthProtocol = "MD5", AuthPassword = "auth-pass-1", PrivProtocol = "DES", PrivPassword = "priv-pass-1",
        };

        var target = await NoEnvironment.CreateAsync(options, CancellationToken.None);

        Assert.Equal(new UsmUser("ops", AuthenticationProtocol.Md5, "auth-pass-1"), target.User);
    }

    [Theory]
    [InlineData(null, "authPriv", null, null, "-u NAME")]
    [InlineData("ops", "authNoPriv", null, "auth-pass-1", "give -a")]
    [InlineData("ops", "authNoPriv", "SHA", null, "give -A or set PROVISIONER_SNMP_AUTH_PASSWORD")]
    [InlineData("ops", "authNoPriv", "SHA", "short", "at least 8 characters")]
    [InlineData("ops", "authPriv", "SHA", "auth-pass-1", "give -x")]
    public async Task CreateAsync_IncompleteV3_ExplainsWhatIsMissing(string? user, string level, string? auth, string? authPassword, string expected)
    {
        var options = new SnmpConnectionOptions { Agent = "127.0.0.1", Version = "3", User = user, Level = level, AuthProtocol = auth, AuthPassword = authPassword };

        var error = await Assert.ThrowsAsync<SnmpUsageException>(() => NoEnvironment.CreateAsync(options, CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(1, -1)]
    [InlineData(1, 101)]
    public async Task CreateAsync_BadTimeoutOrRetries_Throws(double timeout, int retries)
    {
        var options = new SnmpConnectionOptions { Agent = "127.0.0.1", Community = "c", TimeoutSeconds = timeout, Retries = retries };

        await Assert.ThrowsAsync<SnmpUsageException>(() => NoEnvironment.CreateAsync(options, CancellationToken.None));
    }
}
