using Provisioner.Abstractions;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;
using Provisioner.Testing.Fakes;

namespace Provisioner.Drivers.SnmpCommon.Tests;

public sealed class SnmpTargetFactoryTests
{
    private static readonly DictionarySecretResolver Secrets = new DictionarySecretResolver()
        .Add("env:C", "community-1").Add("env:A", "auth-pass-1").Add("env:P", "priv-pass-1");

    [Fact]
    public async Task CreateAsync_V3AuthPriv_MapsProtocolsAndSecrets()
    {
        var target = await SnmpTargetFactory.CreateAsync(Request(new SnmpCredentials
        {
            Version = SnmpVersion.V3, User = "prov", AuthProtocol = SnmpAuthProtocol.Sha256, AuthPassword = Ref("A"), PrivProtocol = SnmpPrivProtocol.Aes256, PrivPassword = Ref("P"),
        }), CancellationToken.None);

        Assert.Equal(SnmpMessageVersion.V3, target.Version);
        Assert.Equal(new UsmUser("prov", AuthenticationProtocol.Sha256, "auth-pass-1", PrivacyProtocol.Aes256, "priv-pass-1"), target.User);
        Assert.Equal(161, target.Endpoint.Port);
    }

    [Fact]
    public async Task CreateAsync_V2c_UsesTheCommunityAndTimeout()
    {
        var target = await SnmpTargetFactory.CreateAsync(Request(new SnmpCredentials { Community = Ref("C") }) with { Port = 1161, Timeout = TimeSpan.FromMilliseconds(700) }, CancellationToken.None);

        Assert.Equal("community-1", target.Community);
        Assert.Equal(1161, target.Endpoint.Port);
        Assert.Equal(TimeSpan.FromMilliseconds(700), target.Timeout);
    }

    [Fact]
    public async Task CreateAsync_NoSnmpSection_IsAuthenticationFailureNamingTheSet()
    {
        var request = Request(null) with { Credentials = new CredentialSet { Name = "ssh-only" } };

        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => SnmpTargetFactory.CreateAsync(request, CancellationToken.None));

        Assert.Contains("ssh-only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_V3WithoutUser_IsAuthenticationFailure() =>
        await Assert.ThrowsAsync<DeviceAuthenticationException>(() => SnmpTargetFactory.CreateAsync(Request(new SnmpCredentials { Version = SnmpVersion.V3 }), CancellationToken.None));

    private static SecretReference Ref(string name) => new(SecretScheme.Environment, name);

    private static OpenRequest Request(SnmpCredentials? snmp) => new()
    {
        DeviceName = "dev",
        Address = "127.0.0.1",
        Credentials = new CredentialSet { Name = "set", Snmp = snmp },
        Secrets = Secrets,
    };
}
