using System.Net;
using MimeKit;
using Provisioner.Lab.Network;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Tests.Smtp;

public sealed class SmtpCaptureTests
{
    private static MimeMessage Message(string from, string to, string subject)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = "Test alert from the lab." };
        return message;
    }

    [Fact]
    public async Task SendAsync_MessageSent_CaptureKeepsEnvelopeHeadersAndBody()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), null, CancellationToken.None);

        var code = await LabMailSender.SendAsync(capture.Endpoint, Message("dcp-01@contoso.com", "alerts-power@contoso.com", "[DC-POWER] Test"), TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal(250, code);
        var received = Assert.Single(capture.Messages);
        Assert.Equal("dcp-01@contoso.com", received.EnvelopeFrom);
        Assert.Equal(["alerts-power@contoso.com"], received.EnvelopeTo);
        Assert.Equal("[DC-POWER] Test", received.Subject);
        Assert.Equal("dcp-01@contoso.com", received.Header("from"));
        Assert.Contains("Test alert from the lab.", received.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForMessageAsync_MessageArrivesLater_CompletesWithIt()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), null, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var waiting = capture.WaitForMessageAsync(m => m.EnvelopeFrom == "b@contoso.com", timeout.Token);
        await LabMailSender.SendAsync(capture.Endpoint, Message("a@contoso.com", "x@contoso.com", "first"), TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        await LabMailSender.SendAsync(capture.Endpoint, Message("b@contoso.com", "x@contoso.com", "second"), TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal("second", (await waiting).Subject);
    }

    [Fact]
    public async Task StartAsync_DistinctLoopbackAddress_ListensThere()
    {
        var address = new LoopbackAddressAllocator(78).Next();

        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(address, 0), null, CancellationToken.None);

        Assert.Equal(address, capture.Endpoint.Address);
        Assert.NotEqual(0, capture.Endpoint.Port);
    }

    [Fact]
    public async Task StartAsync_NonLoopbackAddress_Refuses()
    {
        var ex = await Assert.ThrowsAsync<LabNetworkException>(
            () => SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Parse("192.0.2.25"), 0), null, CancellationToken.None));

        Assert.Contains("192.0.2.25", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NothingListening_Returns9999()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var code = await LabMailSender.SendAsync(new IPEndPoint(IPAddress.Loopback, port), Message("a@contoso.com", "b@contoso.com", "s"), TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(LabMailSender.CouldNotReachServer, code);
    }

    [Fact]
    public async Task SendAsync_NonLoopbackRelay_RefusesWithoutConnecting()
    {
        await Assert.ThrowsAsync<LabNetworkException>(
            () => LabMailSender.SendAsync(new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25), Message("a@contoso.com", "b@contoso.com", "s"), TimeSpan.FromSeconds(5), CancellationToken.None));
    }
}
