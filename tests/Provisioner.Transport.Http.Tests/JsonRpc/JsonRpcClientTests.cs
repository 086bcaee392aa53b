using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http.JsonRpc;

namespace Provisioner.Transport.Http.Tests.JsonRpc;

public sealed class JsonRpcClientTests
{
    private const string Password = "canary-rpc-pass-9e3a";

    [Fact]
    public async Task Call_posts_the_SDK_envelope_with_Basic_and_reads_ret_and_out_parameters()
    {
        var device = new RecordingDevice(_ => """{"result":{"_ret_":0,"actionId":"12"}}""");
        await using var server = await TestHttpsServer.StartAsync(device.HandleAsync);
        using var http = DeviceHttpClientFactory.Create(server.OpenRequest());
        var rpc = new JsonRpcClient(http);
        rpc.UseBasic("admin", new Secret(Password));

        var outcome = await rpc.CallAsync("/event_engine", "addAction", new JsonObject { ["action"] = new JsonObject { ["name"] = "x" } }, CancellationToken.None);

        var result = Assert.IsType<JsonRpcResult>(outcome);
        Assert.Equal(0, result.ReturnCode());
        Assert.Equal("12", result.Out("actionId").GetString());
        var (path, auth, body) = Assert.Single(device.Calls);
        Assert.Equal("/event_engine", path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + Password)), auth);
        using var sent = JsonDocument.Parse(body);
        Assert.Equal("addAction", sent.RootElement.GetProperty("method").GetString());
        Assert.Equal("x", sent.RootElement.GetProperty("params").GetProperty("action").GetProperty("name").GetString());
        Assert.Equal(1, sent.RootElement.GetProperty("id").GetInt32());
        Assert.False(sent.RootElement.TryGetProperty("jsonrpc", out _));
    }

    [Fact]
    public async Task Ids_increase_and_missing_params_are_sent_as_an_empty_object()
    {
        var device = new RecordingDevice(_ => """{"result":{"_ret_":{"host":"h"}}}""");
        await using var server = await TestHttpsServer.StartAsync(device.HandleAsync);
        using var http = DeviceHttpClientFactory.Create(server.OpenRequest());
        var rpc = new JsonRpcClient(http);

        await rpc.InvokeAsync("/smtp", "getConfiguration", null, CancellationToken.None);
        var second = await rpc.InvokeAsync("/smtp", "getConfiguration", null, CancellationToken.None);

        Assert.Equal("h", second.Return.GetProperty("host").GetString());
        Assert.Equal([1, 2], device.Calls.Select(c => JsonDocument.Parse(c.Body).RootElement.GetProperty("id").GetInt32()));
        Assert.All(device.Calls, c => Assert.Equal("{}", JsonDocument.Parse(c.Body).RootElement.GetProperty("params").GetRawText()));
    }

    [Fact]
    public async Task Error_object_is_a_typed_error_with_secrets_scrubbed()
    {
        var device = new RecordingDevice(_ => $$$"""{"error":{"code":-32602,"message":"bad password {{{Password}}}"}}""");
        await using var server = await TestHttpsServer.StartAsync(device.HandleAsync);
        using var http = DeviceHttpClientFactory.Create(server.OpenRequest());
        var rpc = new JsonRpcClient(http);
        rpc.UseBasic("admin", new Secret(Password));

        var error = Assert.IsType<JsonRpcError>(await rpc.CallAsync("/smtp", "setConfiguration", null, CancellationToken.None));

        Assert.Equal(-32602, error.Code);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
        var thrown = await Assert.ThrowsAsync<DeviceProtocolException>(() => rpc.InvokeAsync("/smtp", "setConfiguration", null, CancellationToken.None));
        Assert.DoesNotContain(Password, thrown.Message, StringComparison.Ordinal);
        Assert.Contains("-32602", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("said [redacted]", rpc.Scrub("said " + Password));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"id":1}""")]
    [InlineData("""{"result":5}""")]
    [InlineData("""{"error":{"message":"no code"}}""")]
    public async Task Malformed_answers_are_protocol_failures(string body)
    {
        var device = new RecordingDevice(_ => body);
        await using var server = await TestHttpsServer.StartAsync(device.HandleAsync);
        using var http = DeviceHttpClientFactory.Create(server.OpenRequest());

        var thrown = await Assert.ThrowsAsync<DeviceProtocolException>(() => new JsonRpcClient(http).CallAsync("/smtp", "getConfiguration", null, CancellationToken.None));

        Assert.Equal("POST /smtp getConfiguration", thrown.Operation);
    }

    [Fact]
    public async Task Http_401_is_an_authentication_failure_and_a_404_a_protocol_failure()
    {
        await using var server = await TestHttpsServer.StartAsync(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/smtp" ? 401 : 404;
            return Task.CompletedTask;
        });
        using var http = DeviceHttpClientFactory.Create(server.OpenRequest());
        var rpc = new JsonRpcClient(http);
        rpc.UseBasic("admin", new Secret(Password));

        var refused = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => rpc.CallAsync("/smtp", "getConfiguration", null, CancellationToken.None));
        Assert.DoesNotContain(Password, refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DeviceProtocolException>(() => rpc.CallAsync("/nothing", "getConfiguration", null, CancellationToken.None));
    }

    [Fact]
    public async Task Session_token_replaces_Basic()
    {
        var device = new RecordingDevice(_ => """{"result":{"_ret_":0}}""");
        await using var server = await TestHttpsServer.StartAsync(device.HandleAsync);
        using var http = DeviceHttpClientFactory.Create(server.OpenRequest());
        var rpc = new JsonRpcClient(http);
        rpc.UseBasic("admin", new Secret(Password));
        rpc.UseSessionToken(new Secret("token-5d1e77a0"));

        await rpc.CallAsync("/smtp", "getConfiguration", null, CancellationToken.None);

        Assert.Equal("token token-5d1e77a0", Assert.Single(device.Calls).Auth);
    }

    private sealed class RecordingDevice(Func<string, string> answer)
    {
        public ConcurrentQueue<(string Path, string? Auth, string Body)> Calls { get; } = new();

        public async Task HandleAsync(HttpContext context)
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var token = context.Request.Headers[JsonRpcClient.SessionTokenHeader].ToString();
            var auth = token.Length > 0 && context.Request.Headers.Authorization.Count == 0 ? "token " + token : context.Request.Headers.Authorization.ToString();
            Calls.Enqueue((context.Request.Path, auth.Length == 0 ? null : auth, body));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer(body), context.RequestAborted);
        }
    }
}
