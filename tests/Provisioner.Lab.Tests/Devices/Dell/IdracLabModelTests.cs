using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Dell;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Tests.Devices.Dell;

public sealed class IdracLabModelTests
{
    private const string User = "root";
    private const string Password = "lab-idrac-pass";

    private static IdracLabModel Create(Func<IPEndPoint, IPEndPoint?>? relays = null) =>
        (IdracLabModel)LabModelCatalog.Create(
            "dell.idrac9",
            new LabModelContext(new LabDeviceSpec("IDRAC-T-01", "dell.idrac9", "0.0.0.0") { HttpAccounts = [new LabHttpAccount(User, Password)] }, relays ?? (_ => null), new DeviceFaults(), TimeProvider.System));

    private static LabHttpRequest Request(string method, string path, string body = "", string? ifMatch = null, bool authenticated = true)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (authenticated)
        {
            headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        }

        if (ifMatch is not null)
        {
            headers["If-Match"] = ifMatch;
        }

        return new LabHttpRequest(method, path, string.Empty, headers, body);
    }

    private static async Task<(int Status, JsonNode? Body, LabHttpResponse Raw)> SendAsync(IdracLabModel model, LabHttpRequest request)
    {
        var answer = await model.HandleAsync(request, CancellationToken.None);
        return (answer.StatusCode, answer.Body.Length == 0 ? null : JsonNode.Parse(answer.Body), answer);
    }

    private static Task<(int Status, JsonNode? Body, LabHttpResponse Raw)> PatchAsync(IdracLabModel model, string attributes, string? ifMatch = null) =>
        SendAsync(model, Request("PATCH", IdracLabModel.AttributesPath, $"{{\"Attributes\":{attributes}}}", ifMatch));

    private static string? FirstMessageId(JsonNode? body) => body?["error"]?["@Message.ExtendedInfo"]?[0]?["MessageId"]?.GetValue<string>();

    private static string? FirstRelated(JsonNode? body) => body?["error"]?["@Message.ExtendedInfo"]?[0]?["RelatedProperties"]?[0]?.GetValue<string>();

    [Fact]
    public async Task ServiceRoot_WithoutCredentials_IsDell_ButResourcesNeedAuthentication()
    {
        var model = Create();

        var root = await SendAsync(model, Request("GET", "/redfish/v1", authenticated: false));
        var manager = await SendAsync(model, Request("GET", IdracLabModel.ManagerPath, authenticated: false));

        Assert.Equal((200, "Dell"), (root.Status, root.Body!["Vendor"]!.GetValue<string>()));
        Assert.Equal(401, manager.Status);
    }

    [Fact]
    public async Task Manager_LinksTheIdracDellAttributes()
    {
        var (status, body, _) = await SendAsync(Create(), Request("GET", IdracLabModel.ManagerPath));

        Assert.Equal(200, status);
        Assert.Equal("5.10.00.00", body!["FirmwareVersion"]!.GetValue<string>());
        var links = body["Links"]!["Oem"]!["Dell"]!["DellAttributes"]!.AsArray().Select(l => l!["@odata.id"]!.GetValue<string>());
        Assert.Contains(IdracLabModel.AttributesPath, links);
    }

    [Fact]
    public async Task Attributes_CarrySettingsAnnotationAndETag_PasswordReadsNull()
    {
        var (status, body, raw) = await SendAsync(Create(), Request("GET", IdracLabModel.AttributesPath));

        Assert.Equal(200, status);
        Assert.Equal(["Immediate", "AtMaintenanceWindowStart"], body!["@Redfish.Settings"]!["SupportedApplyTimes"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("ManagerAttributeRegistry.v1_0_0", body["AttributeRegistry"]!.GetValue<string>());
        Assert.Equal(raw.Headers["ETag"], body["@odata.etag"]!.GetValue<string>());
        var attributes = body["Attributes"]!.AsObject();
        Assert.True(attributes.ContainsKey("RemoteHosts.1.SMTPPassword"));
        Assert.Null(attributes["RemoteHosts.1.SMTPPassword"]);
        Assert.Equal(25, attributes["RemoteHosts.1.SMTPPort"]!.GetValue<int>());
        Assert.Equal("STARTTLS", attributes["RemoteHosts.1.ConnectionEncryption"]!.GetValue<string>());
    }

    [Fact]
    public async Task Registry_LocatorPointsAtTheFile_WhichListsTypesBoundsAndEnums()
    {
        var model = Create();
        var locator = await SendAsync(model, Request("GET", IdracLabModel.RegistryPath));
        var uri = locator.Body!["Location"]![0]!["Uri"]!.GetValue<string>();

        var (status, registry, _) = await SendAsync(model, Request("GET", uri));

        Assert.Equal(200, status);
        var entries = registry!["RegistryEntries"]!["Attributes"]!.AsArray().ToDictionary(a => a!["AttributeName"]!.GetValue<string>(), a => a!);
        Assert.Equal(65535, entries["RemoteHosts.1.SMTPPort"]["UpperBound"]!.GetValue<long>());
        Assert.Contains("STARTTLS", entries["RemoteHosts.1.ConnectionEncryption"]["Value"]!.AsArray().Select(v => v!["ValueName"]!.GetValue<string>()));
        Assert.True(entries["Info.1.Version"]["ReadOnly"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("{\"RemoteHosts.1.ConnectionEncryption\":\"Quantum\"}", "Base.1.15.PropertyValueNotInList", "#/Attributes/RemoteHosts.1.ConnectionEncryption")]
    [InlineData("{\"RemoteHosts.1.SMTPPort\":70000}", "Base.1.15.PropertyValueOutOfRange", "#/Attributes/RemoteHosts.1.SMTPPort")]
    [InlineData("{\"RemoteHosts.1.SMTPPort\":\"25\"}", "Base.1.15.PropertyValueFormatError", "#/Attributes/RemoteHosts.1.SMTPPort")]
    [InlineData("{\"Info.1.Version\":\"9.99\"}", "Base.1.15.PropertyNotWritable", "#/Attributes/Info.1.Version")]
    [InlineData("{\"RemoteHosts.1.NoSuchThing\":\"x\"}", "Base.1.15.PropertyUnknown", "#/Attributes/RemoteHosts.1.NoSuchThing")]
    public async Task Patch_InvalidPerRegistry_Is400InRedfishShape_NothingChanged(string attributes, string messageId, string related)
    {
        var model = Create();

        var (status, body, _) = await PatchAsync(model, attributes.Replace("}", ",\"RemoteHosts.1.SMTPServerIPAddress\":\"10.6.0.25\"}", StringComparison.Ordinal));

        Assert.Equal(400, status);
        Assert.Equal((messageId, related), (FirstMessageId(body), FirstRelated(body)));
        Assert.Equal("0.0.0.0", model.Attribute("RemoteHosts.1.SMTPServerIPAddress")!.GetValue<string>());
        Assert.Empty(model.WriteLog.Entries);
    }

    [Fact]
    public async Task Patch_Valid_StoresAndLogsEveryAttribute_PasswordMaskedAndUnreadable()
    {
        var model = Create();

        var (status, _, _) = await PatchAsync(model, "{\"RemoteHosts.1.SMTPServerIPAddress\":\"smtp.example.net\",\"RemoteHosts.1.SMTPPassword\":\"s3cret\"}");
        var read = await SendAsync(model, Request("GET", IdracLabModel.AttributesPath));

        Assert.Equal(200, status);
        Assert.Equal("smtp.example.net", read.Body!["Attributes"]!["RemoteHosts.1.SMTPServerIPAddress"]!.GetValue<string>());
        Assert.Null(read.Body["Attributes"]!["RemoteHosts.1.SMTPPassword"]);
        Assert.True(model.HasPassword("s3cret"));
        Assert.Equal(["RemoteHosts.1.SMTPServerIPAddress = smtp.example.net", "RemoteHosts.1.SMTPPassword = ***"], model.WriteLog.Entries.Select(w => $"{w.Name} = {w.Value}"));
    }

    [Fact]
    public async Task Patch_StaleIfMatch_Is412_CurrentIfMatch_Applies()
    {
        var model = Create();
        var etag = (await SendAsync(model, Request("GET", IdracLabModel.AttributesPath))).Raw.Headers["ETag"];
        model.SetAttribute("RemoteHosts.1.SMTPPort", 2525);

        var stale = await PatchAsync(model, "{\"RemoteHosts.1.SMTPPort\":587}", etag);
        var fresh = (await SendAsync(model, Request("GET", IdracLabModel.AttributesPath))).Raw.Headers["ETag"];
        var applied = await PatchAsync(model, "{\"RemoteHosts.1.SMTPPort\":587}", fresh);

        Assert.Equal((412, 200), (stale.Status, applied.Status));
        Assert.Equal(587, model.Attribute("RemoteHosts.1.SMTPPort")!.GetValue<int>());
    }

    [Fact]
    public async Task OlderGeneration_DroppedAttributes_AreUnknownToReadsWritesAndRegistry()
    {
        var model = Create();
        model.DropAttributes("RemoteHosts.1.SenderEmail");

        var read = await SendAsync(model, Request("GET", IdracLabModel.AttributesPath));
        var write = await PatchAsync(model, "{\"RemoteHosts.1.SenderEmail\":\"a@b.c\"}");
        var registry = await SendAsync(model, Request("GET", IdracLabModel.RegistryFilePath));

        Assert.False(read.Body!["Attributes"]!.AsObject().ContainsKey("RemoteHosts.1.SenderEmail"));
        Assert.Equal("Base.1.15.PropertyUnknown", FirstMessageId(write.Body));
        Assert.DoesNotContain(registry.Body!["RegistryEntries"]!["Attributes"]!.AsArray(), a => a!["AttributeName"]!.GetValue<string>() == "RemoteHosts.1.SenderEmail");
    }

    [Fact]
    public async Task SendTestEmailAlert_AlertsDisabled_Is400()
    {
        var (status, body, _) = await SendAsync(Create(), Request("POST", IdracLabModel.SendTestEmailPath, "{}"));

        Assert.Equal(400, status);
        Assert.Contains("IPMILan.1.AlertEnable is Disabled", body!["error"]!["@Message.ExtendedInfo"]![0]!["Message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendTestEmailAlert_Enabled_MailsEveryEnabledSlotThroughTheRelay()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), null, CancellationToken.None);
        var model = Create(relay => relay.Address.Equals(IPAddress.Parse("10.6.0.25")) ? capture.Endpoint : null);
        await PatchAsync(model, "{\"IPMILan.1.AlertEnable\":\"Enabled\",\"RemoteHosts.1.SMTPServerIPAddress\":\"10.6.0.25\",\"RemoteHosts.1.SenderEmail\":\"idrac@contoso.com\","
            + "\"EmailAlert.1.Address\":\"a@contoso.com\",\"EmailAlert.1.Enable\":\"Enabled\",\"EmailAlert.2.Address\":\"b@contoso.com\",\"EmailAlert.2.Enable\":\"Disabled\",\"EmailAlert.3.Address\":\"c@contoso.com\",\"EmailAlert.3.Enable\":\"Enabled\"}");

        var all = await SendAsync(model, Request("POST", IdracLabModel.SendTestEmailPath, "{}"));
        var one = await SendAsync(model, Request("POST", IdracLabModel.SendTestEmailPath, "{\"Index\":3}"));
        await model.WhenIdleAsync();

        Assert.Equal((200, 200), (all.Status, one.Status));
        Assert.Equal([["a@contoso.com", "c@contoso.com"], ["c@contoso.com"]], capture.Messages.Select(m => m.EnvelopeTo.Order(StringComparer.Ordinal).ToArray()));
        Assert.All(capture.Messages, m => Assert.Equal(("idrac@contoso.com", IdracLabModel.TestSubject), (m.EnvelopeFrom, m.Subject)));
    }

    [Fact]
    public async Task SendTestEmailAlert_NoRelayAnswers_Is400()
    {
        var model = Create();
        await PatchAsync(model, "{\"IPMILan.1.AlertEnable\":\"Enabled\",\"EmailAlert.1.Address\":\"a@contoso.com\",\"EmailAlert.1.Enable\":\"Enabled\",\"RemoteHosts.1.SMTPServerIPAddress\":\"10.9.9.9\"}");

        var (status, _, _) = await SendAsync(model, Request("POST", IdracLabModel.SendTestEmailPath, "{}"));

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task State_RoundTripsThroughExportAndImport_IncludingPasswordAndGeneration()
    {
        var model = Create();
        await PatchAsync(model, "{\"RemoteHosts.1.SMTPPort\":587,\"RemoteHosts.1.SMTPPassword\":\"pw\"}");
        model.DropAttributes("RemoteHosts.1.ConnectionEncryption");
        var saved = model.ExportState();
        var copy = Create();

        copy.ImportState(saved);

        Assert.Equal(saved, copy.ExportState());
        Assert.Equal(587, copy.Attribute("RemoteHosts.1.SMTPPort")!.GetValue<int>());
        Assert.True(copy.HasPassword("pw"));
        Assert.DoesNotContain(copy.Present, a => a.Name == "RemoteHosts.1.ConnectionEncryption");
        Assert.Throws<FormatException>(() => copy.ImportState(["{\"model\":\"other\"}"]));
    }
}
