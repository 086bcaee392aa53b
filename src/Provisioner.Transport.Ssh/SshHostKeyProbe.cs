using Provisioner.Abstractions;
using Renci.SshNet;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// Connects to an SSH server far enough to see its host key, for a person to check and for
/// <c>provisioner trust</c> to record: the key exchange runs up to the host key, which is recorded and
/// refused, so the exchange ends there. No user name or password is sent and nothing is trusted.
/// </summary>
public static class SshHostKeyProbe
{
    private const string ProbeUser = "provisioner-host-key-probe";

    /// <summary>Probes one endpoint.</summary>
    /// <param name="host">The address or host name.</param>
    /// <param name="port">The SSH port.</param>
    /// <param name="timeout">How long connect and key exchange may take together.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>The presented key: type, fingerprint, and the key for a <c>known_hosts</c> line.</returns>
    /// <exception cref="DeviceUnreachableException">No connection, or the server closed it before presenting a key.</exception>
    /// <exception cref="DeviceTimeoutException">No key within <paramref name="timeout"/>.</exception>
    public static async Task<PresentedHostKey> ProbeAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var endpoint = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]:{port}" : $"{host}:{port}";
        var check = new HostKeyCheck(PeerTrust.None);
        using var none = new NoneAuthenticationMethod(ProbeUser);
        var info = new ConnectionInfo(host, port, ProbeUser, none) { Timeout = timeout, RetryAttempts = 1 };
        using var client = new SshClient(info);
        client.HostKeyReceived += check.OnHostKeyReceived;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            if (check.Presented is { } key)
            {
                return key;
            }

            var mapped = SshFailureMapper.MapConnect(ex, check, PeerTrust.None, ProbeUser, [], endpoint, timeout);
            throw mapped is DeviceUntrustedException ? new DeviceUnreachableException($"SSH probe of {endpoint}: the server presented a host key that cannot be read.", ex) { Endpoint = endpoint, Operation = "SSH key exchange" } : mapped;
        }

        // HostKeyCheck refuses every key under PeerTrust.None, so a completed connect cannot happen.
        throw new DeviceProtocolException($"SSH probe of {endpoint}: the connection completed without presenting a host key.") { Endpoint = endpoint, Operation = "SSH key exchange" };
    }
}
