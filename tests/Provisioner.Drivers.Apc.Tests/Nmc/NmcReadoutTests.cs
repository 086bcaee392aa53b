using Provisioner.Abstractions;
using Provisioner.Drivers.Apc.Nmc;

namespace Provisioner.Drivers.Apc.Tests.Nmc;

/// <summary>The read-out and result-code parsers on the reference's own fixture text.</summary>
public sealed class NmcReadoutTests
{
    // haught/ansible_apcos tests/unit/plugins/modules/network/apcos/fixtures/apcos_config_smtp.cfg (reference §7), ':' + TAB.
    private const string Fixture = "E000: Success\n\n  From: \taddress@example.com\n  Server: \tmail.example.com\n  Port: \t25\n  Auth: \tdisabled\n  User: \tUser\n  Password: \t<not set>\n  Encryption: \tnone\n  Req. Cert: \tdisabled\n  Cert File: \t<n/a>\n";

    [Fact]
    public void Smtp_ParsesTheFixture()
    {
        var result = NmcResult.Parse(Fixture, "smtp", "ups:22");
        Assert.Equal(0, result.Code);
        Assert.Equal(new NmcSmtp("address@example.com", "mail.example.com", 25, false, "User", false, "none"), NmcSmtp.Parse(result.Body, "ups:22"));
        Assert.Equal(new Observed.Known(new TextValue(string.Empty)), NmcReadMapping.Read(SettingKey.SmtpAuthUser, NmcSmtp.Parse(result.Body, "ups:22")));
    }

    [Fact]
    public void ResultCode_OnlyAtTheStartOfALine()
    {
        var result = NmcResult.Parse("Serial: ZA1E100X\nE102: Parameter Error\n", "smtp -p 0", "ups:22");
        Assert.True(result.ParameterError);
        Assert.Equal("E102", result.Label);
        Assert.Throws<DeviceProtocolException>(() => NmcResult.Parse("Serial ZA1E100: x\n", "smtp", "ups:22"));
    }

    [Fact]
    public void ResultCode_IsKeyedOnTheNumberNotTheText()
    {
        Assert.Equal(101, NmcResult.Parse("E101: Command Not Found\n", "smtp", "ups:22").Code);
        Assert.Equal(101, NmcResult.Parse("E101: Command not found\n", "smtp", "ups:22").Code);
        Assert.True(NmcResult.Parse("E002: Reboot required for change to take effect\n", "smtp -s 1.2.3.4", "ups:22").RebootRequired);
    }

    [Theory]
    [InlineData("none", SmtpSecurity.None)]
    [InlineData("ifavail", SmtpSecurity.None)]
    [InlineData("always", SmtpSecurity.StartTls)]
    [InlineData("implicit", SmtpSecurity.Tls)]
    public void Encryption_MapsToCanonical(string word, SmtpSecurity security) => Assert.Equal(security, NmcReadMapping.Security(word));

    [Fact]
    public void Commands_QuoteBlanksAndRefuseQuotes()
    {
        Assert.Equal("smtp -u \"mail user\"", NmcCommand.Create("smtp", "-u", "mail user")!.Line);
        Assert.Equal("smtp -w [redacted]", NmcCommand.Create("smtp", "-w", "s3cret", secret: true)!.Shown);
        Assert.Null(NmcCommand.Create("smtp", "-w", "a\"b", secret: true));
    }

    [Fact]
    public void Email_NeedsFourRecipients()
    {
        Assert.Throws<DeviceProtocolException>(() => NmcRecipientSlot.Parse("Recipient: 1\n  Generation: \tenabled\n  Address: \ta@b.c\n", "ups:22"));
    }
}
