using Provisioner.Cli.Snmp;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;

namespace Provisioner.Cli.Tests.Snmp;

public sealed class SnmpProtocolNamesTests
{
    [Theory]
    [InlineData("1", SnmpMessageVersion.V1)]
    [InlineData("2c", SnmpMessageVersion.V2c)]
    [InlineData("2", SnmpMessageVersion.V2c)]
    [InlineData("2C", SnmpMessageVersion.V2c)]
    [InlineData("3", SnmpMessageVersion.V3)]
    public void ParseVersion_NetSnmpNames_MapToVersion(string text, SnmpMessageVersion expected) =>
        Assert.Equal(expected, SnmpProtocolNames.ParseVersion(text));

    [Theory]
    [InlineData("noAuthNoPriv", SecurityLevel.NoAuthNoPriv)]
    [InlineData("nanp", SecurityLevel.NoAuthNoPriv)]
    [InlineData("authNoPriv", SecurityLevel.AuthNoPriv)]
    [InlineData("AUTHPRIV", SecurityLevel.AuthPriv)]
    [InlineData("ap", SecurityLevel.AuthPriv)]
    public void ParseLevel_NetSnmpNames_MapToLevel(string text, SecurityLevel expected) =>
        Assert.Equal(expected, SnmpProtocolNames.ParseLevel(text));

    [Theory]
    [InlineData("MD5", AuthenticationProtocol.Md5)]
    [InlineData("SHA", AuthenticationProtocol.Sha1)]
    [InlineData("sha1", AuthenticationProtocol.Sha1)]
    [InlineData("SHA-224", AuthenticationProtocol.Sha224)]
    [InlineData("SHA-256", AuthenticationProtocol.Sha256)]
    [InlineData("SHA384", AuthenticationProtocol.Sha384)]
    [InlineData("sha-512", AuthenticationProtocol.Sha512)]
    public void ParseAuth_NetSnmpNames_MapToProtocol(string text, AuthenticationProtocol expected) =>
        Assert.Equal(expected, SnmpProtocolNames.ParseAuth(text));

    [Theory]
    [InlineData("DES", PrivacyProtocol.Des)]
    [InlineData("AES", PrivacyProtocol.Aes128)]
    [InlineData("AES-128", PrivacyProtocol.Aes128)]
    [InlineData("AES-192", PrivacyProtocol.Aes192)]
    [InlineData("AES256", PrivacyProtocol.Aes256)]
    [InlineData("AES-192-C", PrivacyProtocol.Aes192Cisco)]
    [InlineData("aes256c", PrivacyProtocol.Aes256Cisco)]
    public void ParsePriv_NetSnmpNames_MapToProtocol(string text, PrivacyProtocol expected) =>
        Assert.Equal(expected, SnmpProtocolNames.ParsePriv(text));

    [Fact]
    public void ParseAuth_Unknown_ListsTheChoices()
    {
        var error = Assert.Throws<SnmpUsageException>(() => SnmpProtocolNames.ParseAuth("SHA-3"));

        Assert.Equal("The value 'SHA-3' of -a is not known. Use one of MD5|SHA|SHA-224|SHA-256|SHA-384|SHA-512.", error.Message);
    }

    [Theory]
    [InlineData("v2c")]
    [InlineData("4")]
    [InlineData("")]
    public void ParseVersion_Unknown_Throws(string text) =>
        Assert.Throws<SnmpUsageException>(() => SnmpProtocolNames.ParseVersion(text));

    [Fact]
    public void ParsePriv_Unknown_Throws() => Assert.Throws<SnmpUsageException>(() => SnmpProtocolNames.ParsePriv("3DES"));

    [Fact]
    public void ParseLevel_Unknown_Throws() => Assert.Throws<SnmpUsageException>(() => SnmpProtocolNames.ParseLevel("secure"));
}
