using System.Net.Http;
using Microsoft.AspNetCore.Http;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

public sealed class HttpRetryTests
{
    private static readonly DeviceHttpClientOptions FastRetries = new() { RetryDelay = TimeSpan.FromMilliseconds(1) };

    [Fact]
    public async Task A_connection_dropped_before_the_request_is_retried_even_for_a_post()
    {
        await using var server = await TestHttpsServer.StartAsync(context => context.Response.WriteAsync("{}"), dropFirstConnections: 1);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(), FastRetries);

        var answer = await client.SendAsync(HttpMethod.Post, "/redfish/v1/EventService/Subscriptions", "{}");

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal(2, server.Connections);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Without_retries_a_dropped_connection_is_unreachable()
    {
        await using var server = await TestHttpsServer.StartAsync(context => context.Response.WriteAsync("{}"), dropFirstConnections: 1);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(), new DeviceHttpClientOptions { RetryAttempts = 0 });

        var ex = await Assert.ThrowsAsync<DeviceUnreachableException>(() => client.SendAsync(HttpMethod.Get, "/redfish/v1"));

        Assert.Contains("1 attempt", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task A_post_whose_connection_drops_after_sending_is_not_retried()
    {
        await using var server = await TestHttpsServer.StartAsync(AbortAfterReading);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(), FastRetries);

        await Assert.ThrowsAsync<DeviceUnreachableException>(() => client.SendAsync(HttpMethod.Post, "/redfish/v1/EventService/Subscriptions", "{}"));

        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_get_whose_connection_drops_after_sending_is_retried()
    {
        await using var server = await TestHttpsServer.StartAsync(AbortAfterReading);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(), FastRetries);

        await Assert.ThrowsAsync<DeviceUnreachableException>(() => client.SendAsync(HttpMethod.Get, "/redfish/v1"));

        Assert.Equal(3, server.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task An_http_answer_is_never_retried(int status)
    {
        await using var server = await TestHttpsServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(), FastRetries);

        try
        {
            await client.SendAsync(HttpMethod.Get, "/redfish/v1");
        }
        catch (DeviceAuthenticationException)
        {
        }

        Assert.Equal(1, server.Requests);
    }

    private static async Task AbortAfterReading(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        await reader.ReadToEndAsync(context.RequestAborted);
        context.Abort();
    }
}
