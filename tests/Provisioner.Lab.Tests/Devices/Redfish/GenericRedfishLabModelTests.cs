using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Redfish;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Tests.Devices.Redfish;

public sealed class GenericRedfishLabModelTests
{
    private static readonly string Basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:lab-pass"));

    private static GenericRedfishLabModel Model(Func<IPEndPoint, IPEndPoint?>? relays = null) =>
        (GenericRedfishLabModel)LabModelCatalog.Create("redfish", new LabModelContext(
            new LabDeviceSpec("bmc-t-01", "redfish", "10.6.20.11") { HttpAccounts = [new LabHttpAccount("admin", "lab-pass")] },
            relays ?? (_ => null),
            new DeviceFaults(),
            TimeProvider.System));

    private static async Task<(int Status, JsonNode? Body, LabHttpResponse Raw)> Send(GenericRedfishLabModel model, string method, string path, string body = "", string? ifMatch = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = Basic };
        if (ifMatch is not null)
        {
            headers["If-Match"] = ifMatch;
        }

        var answer = await model.HandleAsync(new LabHttpRequest(method, path, string.Empty, headers, body), CancellationToken.None);
        return (answer.StatusCode, answer.Body.Length == 0 ? null : JsonNode.Parse(answer.Body), answer);
    }

    private static string MessageId(JsonNode? error) => (string)error!["error"]!["@Message.ExtendedInfo"]![0]!["MessageId"]!;

    private static string Related(JsonNode? error) => (string)error!["error"]!["@Message.ExtendedInfo"]![0]!["RelatedProperties"]![0]!;

    [Fact]
    public async Task EventService_ShowsSmtpWithNullPassword_PasswordSet_Severities_AndAnETag()
    {
        var model = Model();
        model.Smtp.Password = "secret-1";

        var (status, body, raw) = await Send(model, "GET", GenericRedfishLabModel.EventServicePath);

        Assert.Equal(200, status);
        Assert.Null(body!["SMTP"]!["Password"]);
        Assert.True((bool)body["SMTP"]!["PasswordSet"]!);
        Assert.Equal(["OK", "Warning", "Critical"], body["Severities"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(raw.Headers["ETag"], (string)body["@odata.etag"]!);
        Assert.DoesNotContain("secret-1", raw.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_PortOutOfRange_Is400OutOfRange_NamingThePointer_NothingStored()
    {
        var model = Model();

        var (status, body, _) = await Send(model, "PATCH", GenericRedfishLabModel.EventServicePath, """{"SMTP":{"ServerAddress":"10.6.0.25","Port":70000}}""");

        Assert.Equal(400, status);
        Assert.Equal(("Base.1.15.PropertyValueOutOfRange", "#/SMTP/Port"), (MessageId(body), Related(body)));
        Assert.Equal(string.Empty, model.Smtp.ServerAddress);
        Assert.Empty(model.WriteLog.Entries);
    }

    [Theory]
    [InlineData("""{"SMTP":{"ConnectionProtocol":"SSL"}}""", "Base.1.15.PropertyValueNotInList", "#/SMTP/ConnectionProtocol")]
    [InlineData("""{"SMTP":{"Port":"25"}}""", "Base.1.15.PropertyValueFormatError", "#/SMTP/Port")]
    [InlineData("""{"SMTP":{"PasswordSet":true}}""", "Base.1.15.PropertyNotWritable", "#/SMTP/PasswordSet")]
    [InlineData("""{"SMTP":{"Relay":"x"}}""", "Base.1.15.PropertyUnknown", "#/SMTP/Relay")]
    [InlineData("""{"Severities":["OK"]}""", "Base.1.15.PropertyNotWritable", "#/Severities")]
    public async Task Patch_SchemaViolations_AreTheServicesErrors(string patch, string messageId, string related)
    {
        var (status, body, _) = await Send(Model(), "PATCH", GenericRedfishLabModel.EventServicePath, patch);

        Assert.Equal(400, status);
        Assert.Equal((messageId, related), (MessageId(body), Related(body)));
    }

    [Fact]
    public async Task Patch_StaleETag_Is412_CurrentETag_IsStoredAndLogged_PasswordMasked()
    {
        var model = Model();
        var etag = (await Send(model, "GET", GenericRedfishLabModel.EventServicePath)).Raw.Headers["ETag"];

        Assert.Equal(412, (await Send(model, "PATCH", GenericRedfishLabModel.EventServicePath, """{"SMTP":{"Port":587}}""", "W/\"00000000\"")).Status);
        var (status, _, _) = await Send(model, "PATCH", GenericRedfishLabModel.EventServicePath, """{"SMTP":{"Port":587,"Password":"pw-9"}}""", etag);

        Assert.Equal(200, status);
        Assert.Equal((587L, "pw-9"), (model.Smtp.Port, model.Smtp.Password));
        Assert.Equal(["SMTP.Port = 587", "SMTP.Password = ***"], model.WriteLog.Entries.Select(e => $"{e.Name} = {e.Value}"));
    }

    [Fact]
    public async Task Subscriptions_PostIs201WithLocation_DeleteRemoves_DestinationIsNotWritable()
    {
        var model = Model();

        var (status, body, raw) = await Send(model, "POST", RedfishLabSubscriptions.CollectionPath, """{"Destination":"mailto:a@contoso.com","Protocol":"SMTP","Context":"provisioner","Severities":["Warning","Critical"]}""");

        Assert.Equal(201, status);
        var location = raw.Headers["Location"];
        Assert.Equal(location, (string)body!["@odata.id"]!);
        var patch = await Send(model, "PATCH", location, """{"Destination":"mailto:b@contoso.com"}""");
        Assert.Equal((400, "Base.1.15.PropertyNotWritable"), (patch.Status, MessageId(patch.Body)));
        Assert.Equal(400, (await Send(model, "PATCH", location, """{"Protocol":"Redfish"}""")).Status);
        Assert.Equal(200, (await Send(model, "PATCH", location, """{"Context":"renamed"}""")).Status);
        Assert.Equal(204, (await Send(model, "DELETE", location)).Status);
        Assert.Equal(404, (await Send(model, "GET", location)).Status);
        Assert.Equal(["created mailto:a@contoso.com", "context of mailto:a@contoso.com = renamed", "deleted mailto:a@contoso.com"], model.WriteLog.Entries.Select(e => e.Value));
    }

    [Theory]
    [InlineData("""{"Protocol":"SMTP"}""", "Base.1.15.PropertyMissing")]
    [InlineData("""{"Destination":"mailto:a@contoso.com","Protocol":"Email"}""", "Base.1.15.PropertyValueNotInList")]
    [InlineData("""{"Destination":"mailto:a@contoso.com","Protocol":"SMTP","Severities":["Minor"]}""", "Base.1.15.PropertyValueNotInList")]
    [InlineData("""{"Destination":"not-an-address","Protocol":"SMTP"}""", "Base.1.15.PropertyValueFormatError")]
    public async Task Subscriptions_InvalidCreate_Is400(string body, string messageId)
    {
        var (status, error, _) = await Send(Model(), "POST", RedfishLabSubscriptions.CollectionPath, body);

        Assert.Equal((400, messageId), (status, MessageId(error)));
    }

    [Fact]
    public async Task SubmitTestEvent_SmtpDisabled_IsServiceDisabled_BadMessageId_IsFormatError()
    {
        var model = Model();

        var disabled = await Send(model, "POST", GenericRedfishLabModel.SubmitTestEventPath, """{"MessageId":"Base.1.0.Test"}""");
        model.Smtp.ServiceEnabled = true;
        var malformed = await Send(model, "POST", GenericRedfishLabModel.SubmitTestEventPath, """{"MessageId":"not a message id"}""");

        Assert.Equal((400, "Base.1.15.ServiceDisabled"), (disabled.Status, MessageId(disabled.Body)));
        Assert.Equal((400, "Base.1.15.ActionParameterValueFormatError"), (malformed.Status, MessageId(malformed.Body)));
    }

    [Fact]
    public async Task SubmitTestEvent_MailsEverySmtpSubscriptionItsSeverityLets_Through()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), null, CancellationToken.None);
        var model = Model(relay => relay.Address.Equals(IPAddress.Parse("10.6.0.25")) ? capture.Endpoint : null);
        model.Smtp.ServiceEnabled = true;
        model.Smtp.ServerAddress = "10.6.0.25";
        model.Smtp.FromAddress = "bmc-t-01@contoso.com";
        await Send(model, "POST", RedfishLabSubscriptions.CollectionPath, """{"Destination":"ops@contoso.com","Protocol":"SMTP","Severities":["Warning","Critical"]}""");

        var (status, _, _) = await Send(model, "POST", GenericRedfishLabModel.SubmitTestEventPath, """{"MessageId":"Base.1.0.Test","MessageSeverity":"Warning","Message":"marker-5d"}""");
        await model.WhenIdleAsync();

        Assert.Equal(204, status);
        var message = Assert.Single(capture.Messages);
        Assert.Equal(["ops@contoso.com"], message.EnvelopeTo);
        Assert.Contains("marker-5d", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_RoundTrips_IncludingPasswordAndSubscriptions()
    {
        var model = Model();
        model.Smtp.Password = "pw-x";
        model.Smtp.Port = 2525;
        await Send(model, "POST", RedfishLabSubscriptions.CollectionPath, """{"Destination":"mailto:a@contoso.com","Protocol":"SMTP"}""");
        var state = model.ExportState();

        var copy = Model();
        copy.ImportState(state);

        Assert.Equal(state, copy.ExportState());
        Assert.Equal((2525L, "pw-x", 3), (copy.Smtp.Port, copy.Smtp.Password, copy.Subscriptions.Members.Count));
        Assert.Throws<FormatException>(() => copy.ImportState(["{\"not\":\"it\"}"]));
    }

    [Fact]
    public async Task Anything_ButTheServiceRoot_WithoutCredentials_Is401()
    {
        var model = Model();
        var anonymous = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        var root = await model.HandleAsync(new LabHttpRequest("GET", "/redfish/v1/", string.Empty, anonymous, string.Empty), CancellationToken.None);
        var events = await model.HandleAsync(new LabHttpRequest("GET", GenericRedfishLabModel.EventServicePath, string.Empty, anonymous, string.Empty), CancellationToken.None);

        Assert.Equal((200, 401), (root.StatusCode, events.StatusCode));
        Assert.Contains("\"RedfishVersion\":\"1.17.0\"", root.Body, StringComparison.Ordinal);
    }
}
