using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

public sealed class DeviceHttpClientFailureTests
{
    private const string Canary = "canary-7f3a9c1e-secret";

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Refused_credentials_throw_authentication_without_the_secret_anywhere(int status)
    {
        await using var server = await TestHttpsServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.SetCookie = $"session={Canary}";
            await context.Response.WriteAsync($"{{\"echo\":\"{context.Request.Headers.Authorization}\"}}");
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());
        client.SetSecretHeader("Authorization", $"Basic {Canary}");

        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => client.SendAsync(HttpMethod.Get, "/redfish/v1/Managers"));

        Assert.Contains($"HTTP {status}", ex.Message, StringComparison.Ordinal);
        Assert.Equal("GET /redfish/v1/Managers", ex.Operation);
        Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Connection_refused_is_unreachable_after_the_retries()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var request = new OpenRequest { DeviceName = "gone", Address = "127.0.0.1", Port = port, Credentials = new CredentialSet(), Secrets = new NoSecrets() };
        using var client = DeviceHttpClientFactory.Create(request, new DeviceHttpClientOptions { RetryDelay = TimeSpan.FromMilliseconds(1) });

        var ex = await Assert.ThrowsAsync<DeviceUnreachableException>(() => client.SendAsync(HttpMethod.Patch, "/redfish/v1/EventService", "{}"));

        Assert.Contains("connection refused", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", ex.Message, StringComparison.Ordinal);
        Assert.Equal($"https://127.0.0.1:{port}", ex.Endpoint);
    }

    [Fact]
    public async Task Timeout_on_an_idempotent_call_is_retried_then_a_timeout()
    {
        await using var server = await TestHttpsServer.StartAsync(context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(timeout: TimeSpan.FromMilliseconds(300)), new DeviceHttpClientOptions { RetryDelay = TimeSpan.FromMilliseconds(1) });

        var ex = await Assert.ThrowsAsync<DeviceTimeoutException>(() => client.SendAsync(HttpMethod.Get, "/redfish/v1"));

        Assert.Equal(3, ex.Attempts);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task Timeout_on_a_post_once_sent_is_not_retried()
    {
        await using var server = await TestHttpsServer.StartAsync(context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(timeout: TimeSpan.FromMilliseconds(300)), new DeviceHttpClientOptions { RetryDelay = TimeSpan.FromMilliseconds(1) });

        var ex = await Assert.ThrowsAsync<DeviceTimeoutException>(() => client.SendAsync(HttpMethod.Post, "/redfish/v1/EventService/Subscriptions", "{}"));

        Assert.Equal(1, ex.Attempts);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_a_device_failure()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestHttpsServer.StartAsync(async context =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());
        using var cancel = new CancellationTokenSource();

        var call = client.SendAsync(HttpMethod.Get, "/redfish/v1", cancellationToken: cancel.Token);
        await started.Task;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_protocol_error_that_does_not_quote_the_body()
    {
        await using var server = await TestHttpsServer.StartAsync(context => context.Response.WriteAsync($"<html>{Canary}</html>"));
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        var answer = await client.SendAsync(HttpMethod.Get, "/redfish/v1/EventService");
        var ex = Assert.Throws<DeviceProtocolException>(() => answer.ReadJson());

        Assert.Contains("not the JSON expected", ex.Message, StringComparison.Ordinal);
        Assert.Equal("GET /redfish/v1/EventService", ex.Operation);
        Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_is_a_protocol_error_naming_the_status()
    {
        await using var server = await TestHttpsServer.StartAsync(context =>
        {
            context.Response.StatusCode = 500;
            return context.Response.WriteAsync(Canary);
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        var answer = await client.SendAsync(HttpMethod.Get, "/redfish/v1");
        var ex = Assert.Throws<DeviceProtocolException>(() => answer.Interpret());

        Assert.Contains("HTTP 500", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }
}
