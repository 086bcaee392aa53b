using Provisioner.Abstractions;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;
using Provisioner.Testing.Fakes;

namespace Provisioner.Transport.Snmp.Tests;

public sealed class SnmpTargetBuilderTests
{
    private static readonly ISecretResolver Secrets = new DictionarySecretResolver().Add("env:C", "community-1").Add("env:A", "auth-pass-123").Add("env:P", "priv-pass-456");

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
}
