using System.Text;
using System.Text.Json.Nodes;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Raritan;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Tests.Devices.Raritan;

public sealed class PxLabModelTests
{
    private const string Password = "px-lab-pass";
    private readonly PxLabModel model;

    public PxLabModelTests()
    {
        var spec = new LabDeviceSpec("px-01", "raritan.px", "10.6.20.30") { HttpAccounts = [new LabHttpAccount("admin", Password)] };
        model = (PxLabModel)LabModelCatalog.Create("raritan.px", new LabModelContext(spec, _ => null, new DeviceFaults(), TimeProvider.System));
    }

    private static Dictionary<string, string> Basic(string password) =>
        new(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + password)) };

    private async Task<JsonObject> CallAsync(string resource, string method, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["method"] = method, ["params"] = parameters ?? [], ["id"] = 1 }.ToJsonString();
        var answer = await model.HandleAsync(new LabHttpRequest("POST", resource, string.Empty, Basic(Password), body), CancellationToken.None);
        Assert.Equal(200, answer.StatusCode);
        return JsonNode.Parse(answer.Body)!.AsObject();
    }

    private async Task<JsonObject> ConfigurationAsync() => (await CallAsync("/smtp", "getConfiguration"))["result"]!["_ret_"]!.DeepClone().AsObject();

    private async Task<int> SetAsync(Action<JsonObject> change)
    {
        var cfg = await ConfigurationAsync();
        change(cfg);
        return (await CallAsync("/smtp", "setConfiguration", new JsonObject { ["cfg"] = cfg }))["result"]!["_ret_"]!.GetValue<int>();
    }

    [Fact]
    public async Task Without_or_with_wrong_Basic_credentials_the_answer_is_401()
    {
        var body = """{"method":"getConfiguration","params":{},"id":1}""";
        var none = await model.HandleAsync(new LabHttpRequest("POST", "/smtp", string.Empty, new Dictionary<string, string>(), body), CancellationToken.None);
        var wrong = await model.HandleAsync(new LabHttpRequest("POST", "/smtp", string.Empty, Basic("nope"), body), CancellationToken.None);

        Assert.Equal((401, 401), (none.StatusCode, wrong.StatusCode));
    }

    [Fact]
    public async Task Configuration_has_the_eleven_IDL_fields_and_the_password_reads_back_empty()
    {
        Assert.Equal(0, await SetAsync(c => { c["host"] = "10.6.0.25"; c["useAuth"] = true; c["username"] = "u"; c["password"] = "secret-1"; }));

        var cfg = await ConfigurationAsync();

        Assert.Equal(["host", "port", "useTls", "allowOffTimeRangeCerts", "caCertChain", "sender", "useAuth", "username", "password", "retryCount", "retryInterval"], cfg.Select(p => p.Key));
        Assert.Equal(string.Empty, cfg["password"]!.GetValue<string>());
        Assert.Equal("secret-1", model.SmtpState()["password"]!.GetValue<string>());
        Assert.Equal(0, await SetAsync(c => c["port"] = 587));
        Assert.Equal("secret-1", model.SmtpState()["password"]!.GetValue<string>());
        Assert.Equal(["smtp.host", "smtp.useAuth", "smtp.username", "smtp.password", "smtp.port"], model.WriteLog.Entries.Select(w => w.Name));
        Assert.Equal("***", model.WriteLog.Entries.Single(w => w.Name == "smtp.password").Value);
    }

    [Theory]
    [InlineData("port", 0)]
    [InlineData("port", 70000)]
    [InlineData("retryCount", 11)]
    [InlineData("retryInterval", 0)]
    public async Task Invalid_values_answer_ERR_INVALID_PARAMS_and_store_nothing(string field, int value)
    {
        Assert.Equal(PxLabModel.ErrInvalidParams, await SetAsync(c => { c["host"] = "10.6.0.25"; c[field] = value; }));

        Assert.Equal(string.Empty, model.SmtpState()["host"]!.GetValue<string>());
        Assert.All(model.WriteLog.Entries, w => Assert.False(w.Stored));
    }

    [Fact]
    public async Task Incomplete_configuration_is_a_JSON_RPC_invalid_params_error()
    {
        var answer = await CallAsync("/smtp", "setConfiguration", new JsonObject { ["cfg"] = new JsonObject { ["host"] = "x" } });

        Assert.Equal(-32602, answer["error"]!["code"]!.GetValue<int>());
        Assert.Null(answer["result"]);
    }

    [Fact]
    public async Task Reject_fault_refuses_the_whole_call_and_lose_fault_drops_only_that_field()
    {
        model.Faults.RejectedObjects.Add("smtp.sender");
        Assert.Equal(1, await SetAsync(c => { c["host"] = "10.6.0.25"; c["sender"] = "a@b.c"; }));
        Assert.Equal(string.Empty, model.SmtpState()["host"]!.GetValue<string>());

        model.Faults.RejectedObjects.Clear();
        model.Faults.LostWrites.Add("smtp.sender");
        Assert.Equal(0, await SetAsync(c => { c["host"] = "10.6.0.25"; c["sender"] = "a@b.c"; }));

        Assert.Equal(("10.6.0.25", string.Empty), (model.SmtpState()["host"]!.GetValue<string>(), model.SmtpState()["sender"]!.GetValue<string>()));
        Assert.Contains(model.WriteLog.Entries, w => w is { Name: "smtp.sender", Stored: false, Value: "a@b.c" });
    }

    [Fact]
    public async Task Actions_are_added_modified_and_deleted_but_system_actions_stay()
    {
        var action = new JsonObject { ["id"] = string.Empty, ["name"] = "Mail ops", ["isSystem"] = false, ["type"] = "SendSmtpMessage", ["arguments"] = new JsonArray(new JsonObject { ["key"] = "Recipient1", ["value"] = "ops@example.com" }) };
        var added = (await CallAsync("/event_engine", "addAction", new JsonObject { ["action"] = action.DeepClone() }))["result"]!;
        var duplicate = (await CallAsync("/event_engine", "addAction", new JsonObject { ["action"] = action.DeepClone() }))["result"]!;
        var id = added["actionId"]!.GetValue<string>();
        action["id"] = id;
        action["name"] = "Mail noc";
        var modified = (await CallAsync("/event_engine", "modifyAction", new JsonObject { ["action"] = action }))["result"]!["_ret_"]!.GetValue<int>();
        var system = (await CallAsync("/event_engine", "deleteAction", new JsonObject { ["actionId"] = "SystemEventLogAction" }))["result"]!["_ret_"]!.GetValue<int>();
        var unknown = (await CallAsync("/event_engine", "deleteAction", new JsonObject { ["actionId"] = "999" }))["result"]!["_ret_"]!.GetValue<int>();
        var list = (await CallAsync("/event_engine", "listActions"))["result"]!["_ret_"]!.AsArray();

        Assert.Equal((0, 1, 0, 2, 1), (added["_ret_"]!.GetValue<int>(), duplicate["_ret_"]!.GetValue<int>(), modified, system, unknown));
        Assert.Contains(list, a => a!["name"]!.GetValue<string>() == "Mail noc" && a["id"]!.GetValue<string>() == id);
        Assert.Contains(list, a => a!["id"]!.GetValue<string>() == "SystemEventLogAction" && a["isSystem"]!.GetValue<bool>());
        Assert.Equal(0, (await CallAsync("/event_engine", "deleteAction", new JsonObject { ["actionId"] = id }))["result"]!["_ret_"]!.GetValue<int>());
        Assert.All(model.WriteLog.Entries, w => Assert.Equal(PxLabModel.ActionsProperty, w.Name));
    }

    [Fact]
    public async Task Unknown_method_is_a_JSON_RPC_error_and_unknown_resource_404()
    {
        var answer = await CallAsync("/smtp", "frobnicate");
        var missing = await model.HandleAsync(new LabHttpRequest("POST", "/nothing", string.Empty, Basic(Password), """{"method":"x","id":1}"""), CancellationToken.None);

        Assert.Equal(-32601, answer["error"]!["code"]!.GetValue<int>());
        Assert.Equal(404, missing.StatusCode);
    }

    [Fact]
    public async Task GetMetaData_answers_the_nameplate()
    {
        var meta = (await CallAsync("/model/pdu/0", "getMetaData"))["result"]!["_ret_"]!;

        Assert.Equal(("Raritan", "PX3-5190R"), (meta["nameplate"]!["manufacturer"]!.GetValue<string>(), meta["nameplate"]!["model"]!.GetValue<string>()));
        Assert.NotEmpty(meta["fwRevision"]!.GetValue<string>());
    }

    [Fact]
    public async Task TestConfiguration_reports_the_failure_and_changes_nothing()
    {
        var cfg = await ConfigurationAsync();
        cfg["host"] = "10.6.0.25";
        cfg["sender"] = "px@example.com";

        var result = (await CallAsync("/smtp", "testConfiguration", new JsonObject { ["cfg"] = cfg, ["recipients"] = new JsonArray("ops@example.com") }))["result"]!["_ret_"]!;

        Assert.NotEqual(0, result["status"]!.GetValue<int>());
        Assert.Contains("10.6.0.25:25", result["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, model.SmtpState()["host"]!.GetValue<string>());
        Assert.Empty(model.WriteLog.Entries);
    }

    [Fact]
    public async Task State_round_trips_through_export_and_import()
    {
        await SetAsync(c => { c["host"] = "10.6.0.25"; c["password"] = "pw-1234"; });
        await CallAsync("/event_engine", "addAction", new JsonObject { ["action"] = new JsonObject { ["id"] = string.Empty, ["name"] = "n", ["isSystem"] = false, ["type"] = "SendSmtpMessage", ["arguments"] = new JsonArray() } });
        var saved = model.ExportState();
        await SetAsync(c => c["host"] = "10.9.9.9");
        model.RemoveActionsOutOfBand(_ => true);

        model.ImportState(saved);

        Assert.Equal(saved, model.ExportState());
        Assert.Equal("pw-1234", model.SmtpState()["password"]!.GetValue<string>());
        Assert.Throws<FormatException>(() => model.ImportState(["{}"]));
    }
}
