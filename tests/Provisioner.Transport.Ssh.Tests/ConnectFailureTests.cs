using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>Connect failures without a server, or with one that never speaks SSH.</summary>
public sealed class ConnectFailureTests
{
    [Fact]
    public async Task NothingListening_IsUnreachable()
    {
        var request = Request(SshdFixture.FreePort());

        var ex = await Assert.ThrowsAsync<DeviceUnreachableException>(() => new SshConnector().ConnectAsync(request, CancellationToken.None));

        Assert.Contains("connection refused", ex.Message, StringComparison.Ordinal);
        Assert.Equal(request.Endpoint, ex.Endpoint);
    }

    [Fact]
    public async Task ServerThatNeverSpeaks_IsTimeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = listener.AcceptTcpClientAsync();
        var request = Request(((IPEndPoint)listener.LocalEndpoint).Port) with { Timeout = TimeSpan.FromMilliseconds(800) };

        var ex = await Assert.ThrowsAsync<DeviceTimeoutException>(() => new SshConnector().ConnectAsync(request, CancellationToken.None));

        Assert.Equal("SSH connect", ex.Operation);
        (await accepted).Dispose();
    }

    [Fact]
    public async Task ServerThatAnswersHttpAndCloses_IsUnreachable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var serve = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            await client.GetStream().WriteAsync("HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray());
            client.Client.Shutdown(SocketShutdown.Both);
        });
        var request = Request(((IPEndPoint)listener.LocalEndpoint).Port);

        var ex = await Assert.ThrowsAsync<DeviceUnreachableException>(() => new SshConnector().ConnectAsync(request, CancellationToken.None));

        Assert.Contains("closed the connection during the handshake", ex.Message, StringComparison.Ordinal);
        await serve;
    }

    [Fact]
    public async Task CallerCancellation_IsOperationCanceled_NotADeviceFailure()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var request = Request(((IPEndPoint)listener.LocalEndpoint).Port) with { Timeout = TimeSpan.FromSeconds(30) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new SshConnector().ConnectAsync(request, cancel.Token));
    }

    private static OpenRequest Request(int port) => new()
    {
        DeviceName = "nothing",
        Address = "127.0.0.1",
        Port = port,
        Credentials = new CredentialSet { Name = "test", Ssh = new SshCredentials { User = "admin", Password = new SecretReference(SecretScheme.Environment, "P") } },
        Secrets = new TestSecrets(new() { ["P"] = "Canary-Unused-Pass" }),
        Trust = new PeerTrust { HostKeyFingerprints = ["SHA256:" + new string('A', 43)] },
        Timeout = TimeSpan.FromSeconds(5),
    };
}
