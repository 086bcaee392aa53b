using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Hpe;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Tests.Devices.Hpe;

public sealed class IloLabModelTests
{
    private const string NetworkProtocol = "/redfish/v1/Managers/1/NetworkProtocol";
    private const string TestMail = NetworkProtocol + "/Actions/Oem/Hpe/HpeiLOManagerNetworkService.SendTestAlertMail";
    private static readonly string Basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:ilo-lab-pw"));

    [Fact]
    public async Task ServiceRoot_WithoutCredentials_IsHpeWithOemHpe_ResourcesNeedASession()
    {
        var model = Model();

        var root = Json(await model.HandleAsync(Request("GET", "/redfish/v1/", authenticated: false), CancellationToken.None));
        var refused = await model.HandleAsync(Request("GET", NetworkProtocol, authenticated: false), CancellationToken.None);

        Assert.Equal("HPE", (string?)root["Vendor"]);
        Assert.Equal("iLO 5", (string?)root["Oem"]!["Hpe"]!["Manager"]![0]!["ManagerType"]);
        Assert.Equal(401, refused.StatusCode);
    }

    [Fact]
    public async Task Get_NetworkProtocol_IsTheV255CaptureWithAnETag()
    {
        var model = Model();

        var answer = await model.HandleAsync(Request("GET", NetworkProtocol), CancellationToken.None);
        var body = Json(answer);
        var hpe = body["Oem"]!["Hpe"]!;

        Assert.StartsWith("W/\"", (string?)body["@odata.etag"], StringComparison.Ordinal);
        Assert.Equal(answer.Headers["ETag"], (string?)body["@odata.etag"]);
        Assert.Equal("ilo-test-01", (string?)body["HostName"]);
        Assert.Equal((false, true, 25, ""), ((bool)hpe["AlertMailEnabled"]!, (bool)hpe["AlertMailSMTPSecureEnabled"]!, (int)hpe["AlertMailSMTPPort"]!, (string?)hpe["AlertMailSMTPServer"]));
        Assert.True(hpe.AsObject().ContainsKey("AlertMailSMTPAuthPw"));
        Assert.Null(hpe["AlertMailSMTPAuthPw"]);
    }

    [Fact]
    public async Task Patch_Accepted_Is200WithSuccessErrorObject_AndLogsOemHpeNames()
    {
        var model = Model();

        var answer = await PatchAsync(model, new JsonObject { ["AlertMailSMTPServer"] = "10.6.0.25", ["AlertMailSMTPPort"] = 587 });

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("Base.1.12.Success", MessageId(answer));
        Assert.Equal(("10.6.0.25", 587), (model.AlertMail.Server, model.AlertMail.Port));
        Assert.Equal(["Oem.Hpe.AlertMailSMTPServer", "Oem.Hpe.AlertMailSMTPPort"], model.WriteLog.Entries.Select(w => w.Name));
    }

    [Fact]
    public async Task Patch_EnableWithoutRecipientDomainAndServer_IsRefused_AllAtOnceIsAccepted()
    {
        var model = Model();

        var alone = await PatchAsync(model, new JsonObject { ["AlertMailEnabled"] = true });
        var together = await PatchAsync(model, new JsonObject
        {
            ["AlertMailEnabled"] = true,
            ["AlertMailEmail"] = "alerts@lab.example",
            ["AlertMailSenderDomain"] = "lab.example",
            ["AlertMailSMTPServer"] = "10.6.0.25",
        });

        Assert.Equal((400, "iLO.2.25.PropertyValueBadParam"), (alone.StatusCode, MessageId(alone)));
        Assert.Equal(200, together.StatusCode);
        Assert.True(model.AlertMail.Enabled);
    }

    [Fact]
    public async Task Patch_AuthNeedsSecureUserAndPassword_PasswordReadsBackNull()
    {
        var model = Model();

        var noPassword = await PatchAsync(model, new JsonObject { ["AlertMailSMTPAuthEnabled"] = true, ["AlertMailSMTPAuthUser"] = "u" });
        var insecure = await PatchAsync(model, new JsonObject { ["AlertMailSMTPAuthEnabled"] = true, ["AlertMailSMTPAuthUser"] = "u", ["AlertMailSMTPAuthPw"] = "p", ["AlertMailSMTPSecureEnabled"] = false });
        var complete = await PatchAsync(model, new JsonObject { ["AlertMailSMTPAuthEnabled"] = true, ["AlertMailSMTPAuthUser"] = "u", ["AlertMailSMTPAuthPw"] = "p" });
        var hpe = Json(await model.HandleAsync(Request("GET", NetworkProtocol), CancellationToken.None))["Oem"]!["Hpe"]!;

        Assert.Equal((400, 400, 200), (noPassword.StatusCode, insecure.StatusCode, complete.StatusCode));
        Assert.True((bool)hpe["AlertMailSMTPAuthEnabled"]!);
        Assert.Null(hpe["AlertMailSMTPAuthPw"]);
        Assert.DoesNotContain(model.WriteLog.Entries, w => w.Value == "p");
    }

    [Theory]
    [InlineData("AlertMailEmail", "a@lab.example,b@lab.example")]
    [InlineData("AlertMailEmail", "no-at-sign")]
    [InlineData("AlertMailSMTPServer", "0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task Patch_ValueIloCannotHold_IsRefusedNamingTheProperty(string property, string value)
    {
        var model = Model();

        var answer = await PatchAsync(model, new JsonObject { [property] = value });

        Assert.Equal((400, "iLO.2.25.PropertyValueBadParam"), (answer.StatusCode, MessageId(answer)));
        Assert.Equal(property, (string?)Json(answer)["error"]!["@Message.ExtendedInfo"]![0]!["MessageArgs"]![0]);
        Assert.Empty(model.WriteLog.Entries);
    }

    [Fact]
    public async Task Patch_WrongTypeOrUnknownProperty_IsRefused()
    {
        var model = Model();

        var type = await PatchAsync(model, new JsonObject { ["AlertMailSMTPPort"] = "25" });
        var unknown = await PatchAsync(model, new JsonObject { ["AlertMailFrom"] = "x@y" });

        Assert.Equal("Base.1.12.PropertyValueTypeError", MessageId(type));
        Assert.Equal("Base.1.12.PropertyUnknown", MessageId(unknown));
    }

    [Fact]
    public async Task Patch_StaleIfMatch_Is412()
    {
        var model = Model();
        var etag = (await model.HandleAsync(Request("GET", NetworkProtocol), CancellationToken.None)).Headers["ETag"];
        await PatchAsync(model, new JsonObject { ["AlertMailSMTPPort"] = 26 });

        var stale = await model.HandleAsync(Request("PATCH", NetworkProtocol, Body(new JsonObject { ["AlertMailSMTPPort"] = 27 }), etag), CancellationToken.None);

        Assert.Equal(412, stale.StatusCode);
        Assert.Equal(26, model.AlertMail.Port);
    }

    [Fact]
    public async Task Faults_RejectNamesTheProperty_LoseAnswersSuccessButKeepsNothing()
    {
        var faults = new DeviceFaults();
        var model = Model(faults: faults);
        faults.RejectedObjects.Add("Oem.Hpe.AlertMailEmail");
        faults.LostWrites.Add("Oem.Hpe.AlertMailSMTPServer");

        var rejected = await PatchAsync(model, new JsonObject { ["AlertMailEmail"] = "a@lab.example" });
        var lost = await PatchAsync(model, new JsonObject { ["AlertMailSMTPServer"] = "10.6.0.25" });

        Assert.Equal(400, rejected.StatusCode);
        Assert.Equal(200, lost.StatusCode);
        Assert.Equal((string.Empty, string.Empty), (model.AlertMail.Email, model.AlertMail.Server));
    }

    [Fact]
    public async Task SendTestAlertMail_Disabled_Is400AlertMailFeatureDisabled()
    {
        var model = Model();

        var answer = await model.HandleAsync(Request("POST", TestMail, """{"Action":"HpeiLOManagerNetworkService.SendTestAlertMail"}"""), CancellationToken.None);

        Assert.Equal((400, "iLO.2.25.AlertMailFeatureDisabled"), (answer.StatusCode, MessageId(answer)));
    }

    [Fact]
    public async Task SendTestAlertMail_Enabled_SendsARealMailFromHostNameAtDomain()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), null, CancellationToken.None);
        var model = Model(relay => relay.Address.Equals(IPAddress.Parse("10.6.0.25")) ? capture.Endpoint : null);
        model.AlertMail = model.AlertMail with { Enabled = true, Email = "alerts@lab.example", SenderDomain = "lab.example", Server = "10.6.0.25" };

        var answer = await model.HandleAsync(Request("POST", TestMail, "{}"), CancellationToken.None);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var mail = await capture.WaitForMessageAsync(_ => true, wait.Token);

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("ilo-test-01@lab.example", mail.EnvelopeFrom);
        Assert.Equal(["alerts@lab.example"], mail.EnvelopeTo);
    }

    [Fact]
    public void State_RoundTripsThroughExportAndImport_GarbageIsAFormatError()
    {
        var model = Model();
        model.AlertMail = model.AlertMail with { Enabled = true, Email = "a@b.example", PasswordSet = true, AuthUser = "u", Port = 587 };
        var copy = Model();

        copy.ImportState(model.ExportState());

        Assert.Equal(model.AlertMail, copy.AlertMail);
        Assert.Throws<FormatException>(() => copy.ImportState(["{\"AlertMailEnabled\":true}"]));
        Assert.Throws<FormatException>(() => copy.ImportState(["not json"]));
    }

    private static IloLabModel Model(Func<IPEndPoint, IPEndPoint?>? relays = null, DeviceFaults? faults = null) =>
        (IloLabModel)LabModelCatalog.Create("hpe.ilo5", new LabModelContext(
            new LabDeviceSpec("ilo-test-01", "hpe.ilo5", "0.0.0.0") { HttpAccounts = [new LabHttpAccount("admin", "ilo-lab-pw")] },
            relays ?? (_ => null),
            faults ?? new DeviceFaults(),
            TimeProvider.System));

    private static Task<LabHttpResponse> PatchAsync(IloLabModel model, JsonObject hpe) =>
        model.HandleAsync(Request("PATCH", NetworkProtocol, Body(hpe)), CancellationToken.None).AsTask();

    private static string Body(JsonObject hpe) => new JsonObject { ["Oem"] = new JsonObject { ["Hpe"] = hpe } }.ToJsonString();

    private static LabHttpRequest Request(string method, string path, string body = "", string? ifMatch = null, bool authenticated = true)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (authenticated)
        {
            headers["Authorization"] = Basic;
        }

        if (ifMatch is not null)
        {
            headers["If-Match"] = ifMatch;
        }

        return new LabHttpRequest(method, path, string.Empty, headers, body);
    }

    private static JsonNode Json(LabHttpResponse answer) => JsonNode.Parse(answer.Body)!;

    private static string? MessageId(LabHttpResponse answer) => (string?)Json(answer)["error"]!["@Message.ExtendedInfo"]![0]!["MessageId"];
}
