using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>The answer parser on the reference's envelope (reference §6, addendum §1.1–1.2) and on human result lines.</summary>
public sealed class DotHillResponseTests
{
    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <RESPONSE VERSION="L100" REQUEST="show email-parameters">
        <OBJECT basetype="email-parameters" name="email-parameters" oid="1" format="pairs">
          <PROPERTY name="email-notification" type="string">Disabled</PROPERTY>
          <PROPERTY name="email-notification-filter" type="string">none</PROPERTY>
          <PROPERTY name="email-notify-address-1" type="string"></PROPERTY>
          <PROPERTY name="email-notify-address-2" type="string"></PROPERTY>
          <PROPERTY name="email-notify-address-3" type="string"></PROPERTY>
          <PROPERTY name="email-notify-address-4" type="string"></PROPERTY>
          <PROPERTY name="email-security-protocol" type="string">None</PROPERTY>
          <PROPERTY name="email-smtp-port" type="string"></PROPERTY>
          <PROPERTY name="email-server" type="string"></PROPERTY>
          <PROPERTY name="email-domain" type="string"></PROPERTY>
          <PROPERTY name="email-sender" type="string"></PROPERTY>
          <PROPERTY name="email-sender-password" type="string">Not Configured</PROPERTY>
          <PROPERTY name="email-include-logs" type="string">Disabled</PROPERTY>
        </OBJECT>
        <OBJECT basetype="status" name="status" oid="2">
          <PROPERTY name="response-type" type="string">Success</PROPERTY>
          <PROPERTY name="response-type-numeric" type="string">0</PROPERTY>
          <PROPERTY name="response" type="string">Command completed successfully. (2020-11-30 16:40:07)</PROPERTY>
          <PROPERTY name="return-code" type="string">0</PROPERTY>
        </OBJECT>
        </RESPONSE>
        """;

    [Fact]
    public void Xml_FactoryDefaults_ReadAsTheAddendumShows()
    {
        var response = DotHillResponse.Parse(Xml, "show email-parameters", "lab");
        Assert.True(response.Succeeded);
        var e = EmailParameters.Parse(response, "lab");
        Assert.False(e.Enabled);
        Assert.Equal("none", e.Level);
        Assert.Empty(e.Recipients);
        Assert.Equal(25, e.PortNumber);
        Assert.False(e.PasswordSet);
        Assert.Equal(new Observed.Absent(), DotHillReadMapping.Read(SettingKey.AlertsMinimumSeverity, e));
        Assert.Equal(new Observed.Known(new SecurityValue(SmtpSecurity.None)), DotHillReadMapping.Read(SettingKey.SmtpSecurity, e));
    }

    [Fact]
    public void Xml_ErrorStatus_IsAFailureWithTheArraysMessage()
    {
        var xml = Xml.Replace(">Success<", ">Error<", StringComparison.Ordinal).Replace("name=\"return-code\" type=\"string\">0", "name=\"return-code\" type=\"string\">-10058", StringComparison.Ordinal);
        var response = DotHillResponse.Parse(xml, "show email-parameters", "lab");
        Assert.False(response.Succeeded);
    }

    [Fact]
    public void Xml_ReturnCodeNotZero_IsAFailureEvenWithSuccess()
    {
        var xml = Xml.Replace("name=\"return-code\" type=\"string\">0", "name=\"return-code\" type=\"string\">1", StringComparison.Ordinal);
        Assert.False(DotHillResponse.Parse(xml, "show email-parameters", "lab").Succeeded);
    }

    [Theory]
    [InlineData("Success: Command completed successfully. (2026-12-08 01:00:00)", true)]
    [InlineData("Info: something\nError: The value of parameter 'port' is not valid. (2026-12-08 01:00:00)", false)]
    public void Human_ResultLines(string output, bool ok)
    {
        var response = DotHillResponse.Parse(output, "set email-parameters port 0", "lab");
        Assert.Equal(ok, response.Succeeded);
        Assert.EndsWith("(2026-12-08 01:00:00)", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoStatus_IsAProtocolErrorNamingTheCommand()
    {
        var ex = Assert.Throws<DeviceProtocolException>(() => DotHillResponse.Parse("E000: Success", "show email-parameters", "127.170.0.1:22"));
        Assert.Contains("`show email-parameters`", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingProperty_IsAProtocolErrorNamingIt()
    {
        var xml = Xml.Replace("email-server", "email-host", StringComparison.Ordinal);
        var ex = Assert.Throws<DeviceProtocolException>(() => EmailParameters.Parse(DotHillResponse.Parse(xml, "show email-parameters", "lab"), "lab"));
        Assert.Contains("email-server", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_QuotesBlanks_MasksSecrets_RefusesQuotes()
    {
        Assert.Equal("set email-parameters email-list \"\"", DotHillCommand.Set([("email-list", string.Empty)])!.Line);
        var secret = DotHillCommand.Set([("sender-password", "two words")], secret: true)!;
        Assert.Equal("set email-parameters sender-password \"two words\"", secret.Line);
        Assert.Equal("set email-parameters sender-password [redacted]", secret.Shown);
        Assert.Null(DotHillCommand.Set([("sender", "a\"b")]));
    }
}
