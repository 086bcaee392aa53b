using Provisioner.Abstractions;
using Provisioner.Transport.Ssh;

namespace Provisioner.Drivers.DotHill;

/// <summary>
/// The controller CLI over one SSH connection and one prompt shell, switched to XML output
/// (<see cref="DotHillAssumptions.ApiMode"/>). It can connect again after the array dropped the session, with the host
/// key checked again and the secrets sent so far still masked, so a write cut short can be read back.
/// </summary>
internal sealed class DotHillCli : IAsyncDisposable
{
    private readonly SshConnector connector;
    private readonly OpenRequest request;
    private readonly PromptOptions prompt;
    private readonly List<Secret> secrets = [];
    private DeviceSshConnection connection;
    private PromptShell shell;

    private DotHillCli(SshConnector connector, OpenRequest request, PromptOptions prompt, DeviceSshConnection connection, PromptShell shell)
    {
        this.connector = connector;
        this.request = request;
        this.prompt = prompt;
        this.connection = connection;
        this.shell = shell;
    }

    /// <summary>The endpoint, <c>address:port</c>.</summary>
    public string Endpoint => connection.Endpoint;

    /// <summary>The SSH server's identification.</summary>
    public string? ServerVersion => connection.ServerVersion;

    /// <summary>What the array showed before its first prompt.</summary>
    public string Banner => shell.Banner;

    /// <summary>Connects, opens the shell and switches it to XML output.</summary>
    /// <param name="connector">The SSH connector.</param>
    /// <param name="request">The open request (kept to connect again).</param>
    /// <param name="prompt">The prompt options.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The CLI at its prompt.</returns>
    public static async Task<DotHillCli> OpenAsync(SshConnector connector, OpenRequest request, PromptOptions prompt, CancellationToken cancellationToken)
    {
        var (connection, shell) = await ConnectAsync(connector, request, prompt, cancellationToken).ConfigureAwait(false);
        return new DotHillCli(connector, request, prompt, connection, shell);
    }

    /// <summary>Registers a secret about to be sent, on this connection and any later one.</summary>
    /// <param name="secret">The secret.</param>
    public void AddSecret(Secret secret)
    {
        secrets.Add(secret);
        connection.AddSecret(secret);
    }

    /// <summary>Sends one command and parses its answer.</summary>
    /// <param name="line">The line (secrets registered first).</param>
    /// <param name="shown">The line as messages may show it.</param>
    /// <param name="timeout">The command's timeout; null for the shell's.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The response.</returns>
    public async Task<DotHillResponse> RunAsync(string line, string shown, TimeSpan? timeout, CancellationToken cancellationToken) =>
        DotHillResponse.Parse(await shell.SendAsync(line, timeout, cancellationToken).ConfigureAwait(false), shown, connection.Endpoint);

    /// <summary>Drops the current connection and connects again (host key checked, XML output switched on).</summary>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>A task.</returns>
    public async Task ReconnectAsync(CancellationToken cancellationToken)
    {
        await DisposeAsync().ConfigureAwait(false);
        (connection, shell) = await ConnectAsync(connector, request, prompt, cancellationToken).ConfigureAwait(false);
        secrets.ForEach(connection.AddSecret);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await shell.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<(DeviceSshConnection Connection, PromptShell Shell)> ConnectAsync(SshConnector connector, OpenRequest request, PromptOptions prompt, CancellationToken cancellationToken)
    {
        var connection = await connector.ConnectAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var shell = await connection.OpenShellAsync(prompt, cancellationToken).ConfigureAwait(false);
            try
            {
                var mode = DotHillResponse.Parse(await shell.SendAsync(DotHillAssumptions.ApiMode, cancellationToken).ConfigureAwait(false), DotHillAssumptions.ApiMode, connection.Endpoint);
                return mode.Succeeded ? (connection, shell)
                    : throw new DeviceProtocolException($"SSH at {connection.Endpoint}: `{DotHillAssumptions.ApiMode}` answered Error ({mode.Message}); the driver reads the XML output. Check the firmware against the driver README.") { Endpoint = connection.Endpoint, Operation = DotHillAssumptions.ApiMode };
            }
            catch
            {
                await shell.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
