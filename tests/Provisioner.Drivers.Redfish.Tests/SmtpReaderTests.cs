using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Redfish.Tests;

public sealed class SmtpReaderTests
{
    private static Observed Read(string json, SettingKey key, DiagnosticList? diagnostics = null) =>
        SmtpReader.Read(key, EventServiceDocument.Parse(JsonDocument.Parse(json).RootElement.Clone(), null), diagnostics ?? []);

    [Fact]
    public void NoSmtpObject_Ilo5EventServiceV1_0_8_EverySmtpSettingIsNotSupported()
    {
        const string ilo5 = """{"@odata.type":"#EventService.v1_0_8.EventService","Id":"EventService","ServiceEnabled":true}""";

        foreach (var key in SettingKey.All.Where(k => WireNames.PropertyOf(k) is not null))
        {
            var observed = Assert.IsType<Observed.NotSupported>(Read(ilo5, key));
            Assert.Contains("EventService.v1_0_8", observed.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PartialSmtpObject_Idrac510_OnlyServiceEnabledIsNotSupported()
    {
        const string idrac = """
            {"@odata.type":"#EventService.v1_7_0.EventService",
             "SMTP":{"Authentication":"None","ConnectionProtocol":"StartTLS","FromAddress":"","Password":null,"Port":25,"ServerAddress":"0.0.0.0","Username":""}}
            """;

        Assert.IsType<Observed.NotSupported>(Read(idrac, SettingKey.SmtpEnabled));
        Assert.Equal(new Observed.Known(new TextValue("0.0.0.0")), Read(idrac, SettingKey.SmtpRelay));
        Assert.Equal(new Observed.Known(new IntegerValue(25)), Read(idrac, SettingKey.SmtpPort));
        Assert.Equal(new Observed.Known(new SecurityValue(SmtpSecurity.StartTls)), Read(idrac, SettingKey.SmtpSecurity));
        Assert.Equal(new Observed.Known(new TextValue(string.Empty)), Read(idrac, SettingKey.SmtpAuthUser));
        Assert.IsType<Observed.Absent>(Read(idrac, SettingKey.SmtpFrom));
        Assert.IsType<Observed.WriteOnly>(Read(idrac, SettingKey.SmtpAuthPassword));
    }

    [Fact]
    public void AutoDetect_HasNoCanonicalName_IsAbsentWithAWarning()
    {
        var diagnostics = new DiagnosticList();
        const string mockup = """{"@odata.type":"#EventService.v1_12_0.EventService","SMTP":{"ServiceEnabled":true,"ConnectionProtocol":"AutoDetect"}}""";

        Assert.IsType<Observed.Absent>(Read(mockup, SettingKey.SmtpSecurity, diagnostics));
        Assert.Equal(("redfish.securityUnmapped", "smtp.security"), (diagnostics[0].Code, diagnostics[0].Path));
    }

    [Fact]
    public void ETag_HeaderWins_ElseOdataEtag_SentAsReceived()
    {
        var root = JsonDocument.Parse("""{"@odata.etag":"W/\"9134B0A3\""}""").RootElement.Clone();

        Assert.Equal("W/\"9134B0A3\"", EventServiceDocument.Parse(root, null).ETag);
        Assert.Equal("\"abc\"", EventServiceDocument.Parse(root, "\"abc\"").ETag);
    }

    [Fact]
    public void Actions_TargetsAreRead()
    {
        var root = JsonDocument.Parse("""{"Actions":{"#EventService.SubmitTestEvent":{"target":"/x/Submit"},"#EventService.TestEventSubscription":{"target":"/x/Test"}},"Severities":["OK","Warning","Critical"]}""").RootElement.Clone();

        var document = EventServiceDocument.Parse(root, null);

        Assert.Equal(("/x/Submit", "/x/Test", true), (document.SubmitTestEventTarget, document.TestEventSubscriptionTarget, document.FiltersBySeverity));
    }
}
