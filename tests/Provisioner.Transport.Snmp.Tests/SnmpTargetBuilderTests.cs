using Provisioner.Abstractions;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;
using Provisioner.Testing.Fakes;

namespace Provisioner.Transport.Snmp.Tests;

public sealed class SnmpTargetBuilderTests
{
    private static readonly ISecretResolver Secrets = new DictionarySecretResolver().Add("env:C", "community-1").Add("env:A", "auth-pass-123").Add("env:P", "priv-pass-456");

    // The secrets of the tests that came from SnmpCommon's former SnmpTargetFactory.
    private static readonly DictionarySecretResolver DriverSecrets = new DictionarySecretResolver()
        .Add("env:C", "community-1").Add("env:A", "auth-pass-1").Add("env:P", "priv-pass-1");

    private static OpenRequest Request(SnmpCredentials? snmp, int? port = 1161) => new()
    {
        DeviceName = "ups-01",
        Address = "127.0.0.1",
        Port = port,
        Credentials = new CredentialSet { Name = "set", Snmp = snmp },
        Secrets = Secrets,
        Timeout = TimeSpan.FromSeconds(3),
    };

    [Fact]
    public async Task BuildAsync_V2c_ResolvesCommunityAndKeepsTimeout()
    {
        var target = await SnmpTargetBuilder.BuildAsync(Request(new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "C") }), CancellationToken.None);

        Assert.Equal(SnmpMessageVersion.V2c, target.Version);
        Assert.Equal("community-1", target.Community);
        Assert.Equal(1161, target.Endpoint.Port);
        Assert.Equal(TimeSpan.FromSeconds(3), target.Timeout);
    }

    [Fact]
    public async Task BuildAsync_V3AuthPriv_MapsProtocols()
    {
        var credentials = new SnmpCredentials
        {
            Version = SnmpVersion.V3,
            User = "prov",
            AuthProtocol = SnmpAuthProtocol.Sha512,
            AuthPassword = new SecretReference(SecretScheme.Environment, "A"),
            PrivProtocol = SnmpPrivProtocol.Aes256,
            PrivPassword = new SecretReference(SecretScheme.Environment, "P"),
        };

        var target = await SnmpTargetBuilder.BuildAsync(Request(credentials, port: null), CancellationToken.None);

        Assert.Equal(new UsmUser("prov", AuthenticationProtocol.Sha512, "auth-pass-123", PrivacyProtocol.Aes256, "priv-pass-456"), target.User);
        Assert.Equal(SnmpTargetBuilder.DefaultPort, target.Endpoint.Port);
    }

    [Fact]
    public async Task BuildAsync_NoSnmpCredentials_IsAuthenticationErrorNamingTheDevice()
    {
        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => SnmpTargetBuilder.BuildAsync(Request(null), CancellationToken.None));

        Assert.Contains("ups-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_V3WithoutUser_IsAuthenticationError() =>
        await Assert.ThrowsAsync<DeviceAuthenticationException>(() => SnmpTargetBuilder.BuildAsync(Request(new SnmpCredentials { Version = SnmpVersion.V3 }), CancellationToken.None));

    [Fact]
    public async Task BuildAsync_V3AuthPriv_MapsProtocolsAndSecrets()
    {
        var target = await SnmpTargetBuilder.BuildAsync(DriverRequest(new SnmpCredentials
        {
            Version = SnmpVersion.V3, User = "prov", AuthProtocol = SnmpAuthProtocol.Sha256, AuthPassword = Ref("A"), PrivProtocol = SnmpPrivProtocol.Aes256, PrivPassword = Ref("P"),
        }), CancellationToken.None);

        Assert.Equal(SnmpMessageVersion.V3, target.Version);
        Assert.Equal(new UsmUser("prov", AuthenticationProtocol.Sha256, "auth-pass-1", PrivacyProtocol.Aes256, "priv-pass-1"), target.User);
        Assert.Equal(161, target.Endpoint.Port);
    }

    [Fact]
    public async Task BuildAsync_V2c_UsesTheCommunityAndTimeout()
    {
        var target = await SnmpTargetBuilder.BuildAsync(DriverRequest(new SnmpCredentials { Community = Ref("C") }) with { Port = 1161, Timeout = TimeSpan.FromMilliseconds(700) }, CancellationToken.None);

        Assert.Equal("community-1", target.Community);
        Assert.Equal(1161, target.Endpoint.Port);
        Assert.Equal(TimeSpan.FromMilliseconds(700), target.Timeout);
    }

    [Fact]
    public async Task BuildAsync_NoSnmpSection_IsAuthenticationFailureNamingTheSet()
    {
        var request = DriverRequest(null) with { Credentials = new CredentialSet { Name = "ssh-only" } };

        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => SnmpTargetBuilder.BuildAsync(request, CancellationToken.None));

        Assert.Contains("ssh-only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_V3WithoutUser_IsAuthenticationFailure() =>
        await Assert.ThrowsAsync<DeviceAuthenticationException>(() => SnmpTargetBuilder.BuildAsync(DriverRequest(new SnmpCredentials { Version = SnmpVersion.V3 }), CancellationToken.None));

    [Fact]
    public async Task BuildAsync_ThreeWithinTimeout_SplitsTheRequestTimeoutIntoThreeAttempts()
    {
        var request = DriverRequest(new SnmpCredentials { Community = Ref("C") }) with { Timeout = TimeSpan.FromSeconds(3) };

        var target = await SnmpTargetBuilder.BuildAsync(request, SnmpResendPolicy.ThreeWithinTimeout, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(1), target.Timeout);
        Assert.Equal(2, target.Retries);
    }

    [Fact]
    public async Task BuildAsync_V1_UsesVersion1WithTheCommunity()
    {
        var target = await SnmpTargetBuilder.BuildAsync(DriverRequest(new SnmpCredentials { Version = SnmpVersion.V1, Community = Ref("C") }), CancellationToken.None);

        Assert.Equal(SnmpMessageVersion.V1, target.Version);
        Assert.Equal("community-1", target.Community);
    }

    [Fact]
    public async Task BuildAsync_BracketedIpv6Literal_IsParsedWithoutDns()
    {
        var target = await SnmpTargetBuilder.BuildAsync(DriverRequest(new SnmpCredentials { Community = Ref("C") }) with { Address = "[::1]" }, CancellationToken.None);

        Assert.Equal(System.Net.IPAddress.IPv6Loopback, target.Endpoint.Address);
    }

    [Fact]
    public async Task BuildAsync_AuthProtocolWithoutPassPhrase_IsAuthenticationFailureNamingTheDeviceAndSet()
    {
        var request = DriverRequest(new SnmpCredentials { Version = SnmpVersion.V3, User = "prov", AuthProtocol = SnmpAuthProtocol.Sha1 });

        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => SnmpTargetBuilder.BuildAsync(request, CancellationToken.None));

        Assert.Contains("dev", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'set'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("open", ex.Operation);
    }

    private static SecretReference Ref(string name) => new(SecretScheme.Environment, name);

    private static OpenRequest DriverRequest(SnmpCredentials? snmp) => new()
    {
        DeviceName = "dev",
        Address = "127.0.0.1",
        Credentials = new CredentialSet { Name = "set", Snmp = snmp },
        Secrets = DriverSecrets,
    };
}
