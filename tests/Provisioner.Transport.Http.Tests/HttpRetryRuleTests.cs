using System.Net.Http;
using System.Net.Sockets;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

public sealed class HttpRetryRuleTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Failures_before_the_request_was_written_are_retried_for_every_method(bool idempotent)
    {
        Assert.True(HttpRetryRule.ShouldRetry(new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)), idempotent));
        Assert.True(HttpRetryRule.ShouldRetry(new HttpRequestException(HttpRequestError.SecureConnectionError, "eof", new IOException("eof")), idempotent));
        Assert.True(HttpRetryRule.ShouldRetry(new TaskCanceledException("connect", new TimeoutException()), idempotent));
    }

    [Fact]
    public void Failures_after_the_request_was_written_are_retried_only_for_idempotent_methods()
    {
        var timeout = new AttemptTimeoutException("slow");
        var reset = new HttpRequestException(HttpRequestError.Unknown, "reset", new IOException("reset", new SocketException((int)SocketError.ConnectionReset)));
        var ended = new HttpRequestException(HttpRequestError.ResponseEnded, "ended");

        Assert.All(new Exception[] { timeout, reset, ended }, failure =>
        {
            Assert.True(HttpRetryRule.ShouldRetry(failure, idempotent: true));
            Assert.False(HttpRetryRule.ShouldRetry(failure, idempotent: false));
        });
    }

    [Fact]
    public void An_untrusted_peer_and_an_invalid_answer_are_never_retried()
    {
        var untrusted = new HttpRequestException(HttpRequestError.SecureConnectionError, "handshake", new DeviceUntrustedException("pin"));
        var invalid = new HttpRequestException(HttpRequestError.InvalidResponse, "garbage");

        Assert.False(HttpRetryRule.ShouldRetry(untrusted, idempotent: true));
        Assert.False(HttpRetryRule.ShouldRetry(invalid, idempotent: true));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    [InlineData("PUT", false)]
    [InlineData("DELETE", false)]
    public void Only_get_head_and_options_count_as_idempotent(string method, bool expected) =>
        Assert.Equal(expected, HttpRetryRule.IsIdempotent(new HttpMethod(method)));
}
