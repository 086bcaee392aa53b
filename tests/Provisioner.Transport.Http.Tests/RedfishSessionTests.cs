using System.Collections.Concurrent;
using System.Net.Http;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

public sealed class RedfishSessionTests
{
    private const string Token = "canary-token-4b7d0e55";
    private const string Password = "canary-password-1c9f";

    [Fact]
    public async Task Session_token_is_sent_on_later_calls_and_the_session_is_deleted_at_dispose()
    {
        var device = new SessionDevice();
        await using var server = await TestHttpsServer.StartAsync(device.HandleAsync);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        await using (var session = await RedfishSession.OpenAsync(client, "root", new Secret(Password)))
        {
            Assert.Equal("/redfish/v1/SessionService/Sessions/7", session.Location);
            var answer = await client.SendAsync(HttpMethod.Get, "/redfish/v1/EventService");
            Assert.IsType<HttpAccepted>(answer.Interpret());
        }

        Assert.Equal(["POST /redfish/v1/SessionService/Sessions root/" + Password + " -", "GET /redfish/v1/EventService " + Token, "DELETE /redfish/v1/SessionService/Sessions/7 " + Token], device.Calls);
        var after = await client.SendAsync(HttpMethod.Get, "/redfish/v1/EventService");
        Assert.Equal("GET /redfish/v1/EventService -", device.Calls[^1]);
        Assert.Equal(200, after.StatusCode);
    }

    [Fact]
    public async Task Session_is_deleted_also_when_the_work_failed()
    {
        var device = new SessionDevice();
        await using var server = await TestHttpsServer.StartAsync(device.HandleAsync);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());
        RedfishSession? opened = null;

        await Assert.ThrowsAsync<DeviceProtocolException>(async () =>
        {
            await using var session = await RedfishSession.OpenAsync(client, "root", new Secret(Password));
            opened = session;
            var answer = await client.SendAsync(HttpMethod.Get, "/redfish/v1/Broken");
            answer.Interpret();
        });

        Assert.Equal("DELETE /redfish/v1/SessionService/Sessions/7 " + Token, device.Calls[^1]);
        Assert.Null(opened!.LogoutFailure);
    }

    [Fact]
    public async Task Refused_login_is_an_authentication_failure_without_the_password()
    {
        await using var server = await TestHttpsServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var echoed = await reader.ReadToEndAsync(context.RequestAborted);
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync(echoed);
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => RedfishSession.OpenAsync(client, "root", new Secret(Password)));

        Assert.DoesNotContain(Password, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("POST /redfish/v1/SessionService/Sessions", ex.Operation);
    }

    [Fact]
    public async Task Login_answer_without_a_token_is_a_protocol_error()
    {
        await using var server = await TestHttpsServer.StartAsync(context =>
        {
            context.Response.StatusCode = 201;
            context.Response.Headers.Location = "/redfish/v1/SessionService/Sessions/1";
            return Task.CompletedTask;
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        var ex = await Assert.ThrowsAsync<DeviceProtocolException>(() => RedfishSession.OpenAsync(client, "root", new Secret(Password)));

        Assert.Contains("X-Auth-Token", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A Redfish service with one session: records each call as "METHOD path token-or-credentials".</summary>
    private sealed class SessionDevice
    {
        private readonly ConcurrentQueue<string> calls = new();

        public IReadOnlyList<string> Calls => [.. calls];

        public async Task HandleAsync(HttpContext context)
        {
            var request = context.Request;
            var token = request.Headers["X-Auth-Token"].ToString();
            if (request.Method == "POST" && request.Path == RedfishSession.SessionsPath)
            {
                using var login = await JsonDocument.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
                calls.Enqueue($"POST {request.Path} {login.RootElement.GetProperty("UserName").GetString()}/{login.RootElement.GetProperty("Password").GetString()} {(token.Length == 0 ? "-" : token)}");
                context.Response.StatusCode = 201;
                context.Response.Headers["X-Auth-Token"] = Token;
                context.Response.Headers.Location = $"https://127.0.0.1:{context.Connection.LocalPort}/redfish/v1/SessionService/Sessions/7";
                await context.Response.WriteAsync("""{"Id":"7"}""");
                return;
            }

            calls.Enqueue($"{request.Method} {request.Path} {(token.Length == 0 ? "-" : token)}");
            context.Response.StatusCode = request.Path == "/redfish/v1/Broken" ? 500 : 200;
            await context.Response.WriteAsync("{}");
        }
    }
}
