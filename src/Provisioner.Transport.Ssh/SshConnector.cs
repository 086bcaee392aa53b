using Provisioner.Abstractions;
using Renci.SshNet;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// Opens the one SSH connection a driver uses for a device's whole read → write → verify: TCP connect, key
/// exchange with the host key checked against <see cref="OpenRequest.Trust"/> (never skipped: an empty
/// trust accepts nothing), then authentication with the device's <see cref="SshCredentials"/>. The
/// composition root makes one and hands it to the SSH drivers.
/// </summary>
/// <param name="options">Port default, keep-alive and terminal size; <see cref="SshConnectorOptions.Default"/> when null.</param>
public sealed class SshConnector(SshConnectorOptions? options = null)
{
    /// <summary>The options in use.</summary>
    public SshConnectorOptions Options { get; } = options ?? SshConnectorOptions.Default;

    /// <summary>Connects and logs in. <see cref="OpenRequest.Timeout"/> bounds the connect, key exchange and login together.</summary>
    /// <param name="request">The device's open request; its credentials must hold <see cref="CredentialSet.Ssh"/>.</param>
    /// <param name="cancellationToken">Cancels the connect (an <see cref="OperationCanceledException"/>, never a device failure).</param>
    /// <returns>The connection; the caller disposes it.</returns>
    /// <exception cref="DeviceUntrustedException">The host key is unknown or changed; authentication never started.</exception>
    /// <exception cref="DeviceAuthenticationException">The device refused the login, or the private key cannot be used.</exception>
    /// <exception cref="DeviceUnreachableException">Connection refused, no route, or closed during the handshake.</exception>
    /// <exception cref="DeviceTimeoutException">No handshake within the timeout.</exception>
    public async Task<DeviceSshConnection> ConnectAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var port = request.Port ?? Options.DefaultPort;
        var endpoint = (request with { Port = port }).Endpoint;
        var credentials = request.Credentials.Ssh
            ?? throw new DeviceAuthenticationException($"SSH at {endpoint}: the device's credential set '{request.Credentials.Name}' has no SSH credentials. Add an 'ssh' block with a user and a password or private key.") { Endpoint = endpoint, Operation = "SSH authentication" };
        var scrubber = new SecretScrubber();
        var login = SshLogin.Create(credentials, request.Secrets, scrubber, endpoint);
        var check = new HostKeyCheck(request.Trust);
        var info = new ConnectionInfo(request.Address, port, credentials.User, [.. login.Methods]) { Timeout = request.Timeout, RetryAttempts = 1 };
        var client = new SshClient(info);
        client.HostKeyReceived += check.OnHostKeyReceived;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(request.Timeout);
        try
        {
            await client.ConnectAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            client.Dispose();
            login.Dispose();
            throw SshFailureMapper.MapConnect(ex, check, request.Trust, login.User, login.MethodNames, endpoint, request.Timeout);
        }
        catch
        {
            client.Dispose();
            login.Dispose();
            throw;
        }

        if (Options.KeepAliveInterval is { } interval)
        {
            client.KeepAliveInterval = interval;
        }

        return new DeviceSshConnection(client, login, scrubber, check.Presented!, endpoint, request.Timeout, Options);
    }
}
