using System.Text.Json.Nodes;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.TrueNas;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Tests.Devices.TrueNas;

public sealed class TrueNasLabModelTests
{
    private const string ApiKey = "1-truenas-lab-key";
    private readonly TrueNasLabModel model;

    public TrueNasLabModelTests()
    {
        var spec = new LabDeviceSpec("nas-01", "truenas", "10.6.30.18") { HttpAccounts = [new LabHttpAccount("admin", ApiKey)] };
        model = (TrueNasLabModel)LabModelCatalog.Create("truenas", new LabModelContext(spec, _ => null, new DeviceFaults(), TimeProvider.System));
    }

    private static Dictionary<string, string> Bearer(string key) => new(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = "Bearer " + key };

    private async Task<LabHttpResponse> SendAsync(string method, string path, JsonNode? body = null, string key = ApiKey) =>
        await model.HandleAsync(new LabHttpRequest(method, "/api/v2.0" + path, string.Empty, Bearer(key), body?.ToJsonString() ?? string.Empty), CancellationToken.None);

    [Fact]
    public async Task Without_or_with_a_wrong_API_key_the_answer_is_401()
    {
        var none = await model.HandleAsync(new LabHttpRequest("GET", "/api/v2.0/mail", string.Empty, new Dictionary<string, string>(), string.Empty), CancellationToken.None);
        var wrong = await SendAsync("GET", "/mail", key: "1-wrong");

        Assert.Equal((401, 401), (none.StatusCode, wrong.StatusCode));
    }

    [Fact]
    public async Task Release_26_04_has_no_REST_api_but_a_WebSocket()
    {
        model.Firmware = TrueNasLabFirmware.Scale2604;

        var answer = await SendAsync("GET", "/system/info");

        Assert.Equal(404, answer.StatusCode);
        Assert.True(model.AcceptsWebSocket("/api/current"));
        model.Firmware = TrueNasLabFirmware.Scale2510;
        Assert.False(model.AcceptsWebSocket("/api/current"));
    }

    [Fact]
    public async Task Mail_update_echoes_the_password_and_validation_errors_are_422_bodies_keyed_by_attribute()
    {
        var ok = await SendAsync("PUT", "/mail", new JsonObject { ["outgoingserver"] = "10.6.0.25", ["smtp"] = true, ["user"] = "u", ["pass"] = "secret-1" });
        var refused = await SendAsync("PUT", "/mail", new JsonObject { ["port"] = 70000, ["security"] = "STARTTLS" });

        Assert.Equal(200, ok.StatusCode);
        Assert.Equal("secret-1", JsonNode.Parse((await SendAsync("GET", "/mail")).Body)!["pass"]!.GetValue<string>());
        Assert.Equal(422, refused.StatusCode);
        var body = JsonNode.Parse(refused.Body)!.AsObject();
        Assert.Equal(["mail_update.port", "mail_update.security"], body.Select(p => p.Key));
        Assert.Equal(22, body["mail_update.security"]![0]!["errno"]!.GetValue<int>());
        Assert.Contains(model.WriteLog.Entries, w => w.Name == "mail.pass" && w.Value == "********");
    }

    [Fact]
    public async Task Alert_service_shape_follows_the_release()
    {
        var legacy = new JsonObject { ["name"] = "n", ["type"] = "Mail", ["attributes"] = new JsonObject { ["email"] = "a@example.com" }, ["level"] = "WARNING", ["enabled"] = true };
        var current = new JsonObject { ["name"] = "n", ["attributes"] = new JsonObject { ["type"] = "Mail", ["email"] = "a@example.com" }, ["level"] = "WARNING", ["enabled"] = true };

        var refusedOn2510 = await SendAsync("POST", "/alertservice", legacy);
        var acceptedOn2510 = await SendAsync("POST", "/alertservice", current);
        model.Firmware = TrueNasLabFirmware.Scale2504;
        var refusedOn2504 = await SendAsync("POST", "/alertservice", current);
        var listed = JsonNode.Parse((await SendAsync("GET", "/alertservice")).Body)!.AsArray();

        Assert.Equal((422, 200, 422), (refusedOn2510.StatusCode, acceptedOn2510.StatusCode, refusedOn2504.StatusCode));
        Assert.Contains("alert_service_create.type", refusedOn2510.Body, StringComparison.Ordinal);
        var service = Assert.Single(listed)!.AsObject();
        Assert.Equal("Mail", service["type"]!.GetValue<string>());
        Assert.False(service["attributes"]!.AsObject().ContainsKey("type"));
    }

    [Fact]
    public async Task State_exports_and_imports_mail_and_services()
    {
        await SendAsync("PUT", "/mail", new JsonObject { ["outgoingserver"] = "10.6.0.25", ["fromemail"] = "nas@example.com" });
        model.AddServiceOutOfBand("Provisioner mail ops@example.com", "Mail", "ops@example.com", "CRITICAL");
        var saved = model.ExportState();
        var other = (TrueNasLabModel)LabModelCatalog.Create("truenas", "nas-02", _ => null, new DeviceFaults(), TimeProvider.System);

        other.ImportState(saved);

        Assert.Equal(saved, other.ExportState());
        Assert.Equal("10.6.0.25", other.MailState()["outgoingserver"]!.GetValue<string>());
        Assert.Equal("CRITICAL", Assert.Single(other.ServiceState())["level"]!.GetValue<string>());
        Assert.Throws<FormatException>(() => other.ImportState(["{}"]));
    }

    [Fact]
    public async Task Rejected_fault_names_the_field_and_lost_write_answers_success_but_keeps_nothing()
    {
        model.Faults.RejectedObjects.Add("mail.port");
        model.Faults.LostWrites.Add("mail.outgoingserver");

        var refused = await SendAsync("PUT", "/mail", new JsonObject { ["port"] = 2525 });
        var lost = await SendAsync("PUT", "/mail", new JsonObject { ["outgoingserver"] = "10.6.0.99" });

        Assert.Equal((422, 200), (refused.StatusCode, lost.StatusCode));
        Assert.Contains("mail_update.port", refused.Body, StringComparison.Ordinal);
        Assert.Equal(string.Empty, model.MailState()["outgoingserver"]!.GetValue<string>());
        Assert.Contains(model.WriteLog.Entries, w => w.Name == "mail.outgoingserver" && !w.Stored);
    }
}
