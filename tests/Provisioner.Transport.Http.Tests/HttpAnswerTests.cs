using System.Net.Http;
using Microsoft.AspNetCore.Http;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

public sealed class HttpAnswerTests
{
    private const string Password = "canary-Pa55w0rd-9d2e";

    [Theory]
    [InlineData(400, false)]
    [InlineData(422, true)]
    public async Task Rejection_with_extended_info_carries_the_device_messages_scrubbed(int status, bool underError)
    {
        var info = $$"""[{"MessageId":"Base.1.8.PropertyValueFormatError","Message":"The value {{Password}} for Password is not valid.","RelatedProperties":["#/SMTP/Password"],"Severity":"Warning","Resolution":"Correct the value."}]""";
        var body = underError
            ? $$$"""{"error":{"code":"Base.1.8.GeneralError","message":"See ExtendedInfo.","@Message.ExtendedInfo":{{{info}}}}}"""
            : $$"""{"@Message.ExtendedInfo":{{info}}}""";
        await using var server = await TestHttpsServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsync(body);
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());
        client.AddSecret(new Secret(Password));

        var answer = await client.SendAsync(HttpMethod.Patch, "/redfish/v1/EventService", $$$"""{"SMTP":{"Password":"{{{Password}}}"}}""");
        var rejected = Assert.IsType<HttpRejected>(answer.Interpret());

        var message = Assert.Single(rejected.Messages);
        Assert.Equal("Base.1.8.PropertyValueFormatError", message.MessageId);
        Assert.Equal(["#/SMTP/Password"], message.RelatedProperties);
        Assert.Equal("The value [redacted] for Password is not valid.", message.Message);
        Assert.Equal("Warning", message.Severity);
        Assert.DoesNotContain(Password, rejected.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_without_extended_info_yields_code_and_message()
    {
        await using var server = await TestHttpsServer.StartAsync(context =>
        {
            context.Response.StatusCode = 400;
            return context.Response.WriteAsync("""{"error":{"code":"Base.1.0.MalformedJSON","message":"The request body is malformed."}}""");
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        var answer = await client.SendAsync(HttpMethod.Post, "/redfish/v1/EventService/Subscriptions", "{}");
        var message = Assert.Single(Assert.IsType<HttpRejected>(answer.Interpret()).Messages);

        Assert.Equal("Base.1.0.MalformedJSON", message.MessageId);
        Assert.Equal("The request body is malformed.", message.Message);
    }

    [Fact]
    public async Task Rejection_without_any_message_is_a_protocol_error()
    {
        await using var server = await TestHttpsServer.StartAsync(context =>
        {
            context.Response.StatusCode = 400;
            return context.Response.WriteAsync("bad request");
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        var answer = await client.SendAsync(HttpMethod.Patch, "/redfish/v1/EventService", "{}");

        var ex = Assert.Throws<DeviceProtocolException>(() => answer.Interpret());
        Assert.Contains("HTTP 400", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_is_a_missing_resource_success_is_accepted_and_the_connection_is_reused()
    {
        await using var server = await TestHttpsServer.StartAsync(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/redfish/v1/EventService" ? 200 : 404;
            context.Response.Headers.ETag = "W/\"42\"";
            return context.Response.WriteAsync("""{"SMTP":{"ServiceEnabled":true}}""");
        });
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        var missing = await client.SendAsync(HttpMethod.Get, "/redfish/v1/EventService/Subscriptions");
        var found = await client.SendAsync(HttpMethod.Get, "/redfish/v1/EventService");

        Assert.IsType<HttpResourceMissing>(missing.Interpret());
        Assert.IsType<HttpAccepted>(found.Interpret());
        Assert.Equal("W/\"42\"", found.Header("etag"));
        Assert.True(found.ReadJson().GetProperty("SMTP").GetProperty("ServiceEnabled").GetBoolean());
        Assert.Equal(2, server.Requests);
        Assert.Equal(1, server.Connections);
    }
}
