using System.Diagnostics;
using Provisioner.Abstractions;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// One authenticated SSH connection to a device, for the device's whole read → write → verify: commands
/// over the exec channel (<see cref="ExecuteAsync"/>) or an interactive prompt shell
/// (<see cref="OpenShellAsync"/>) for CLIs without one. Every command goes to <see cref="Transcript"/>
/// with the registered secrets masked; secrets never reach an exception message.
/// </summary>
public sealed class DeviceSshConnection : IDisposable, IAsyncDisposable
{
    private readonly SshClient client;
    private readonly SshLogin login;
    private readonly SecretScrubber scrubber;
    private readonly TimeSpan timeout;
    private readonly SshConnectorOptions options;

    internal DeviceSshConnection(SshClient client, SshLogin login, SecretScrubber scrubber, PresentedHostKey hostKey, string endpoint, TimeSpan timeout, SshConnectorOptions options)
    {
        this.client = client;
        this.login = login;
        this.scrubber = scrubber;
        this.timeout = timeout;
        this.options = options;
        HostKey = hostKey;
        Endpoint = endpoint;
        Transcript = new SshTranscript(options.TranscriptSink);
    }

    /// <summary>The device endpoint, <c>address:port</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The host key the device presented (and the trust accepted).</summary>
    public PresentedHostKey HostKey { get; }

    /// <summary>The server's identification, e.g. <c>SSH-2.0-OpenSSH_9.2</c>, for identify.</summary>
    public string? ServerVersion => client.ConnectionInfo.ServerVersion;

    /// <summary>The commands sent so far, secrets masked.</summary>
    public SshTranscript Transcript { get; }

    /// <summary>Registers a secret the driver is about to send (e.g. an SMTP password in a command), so the transcript and messages mask it.</summary>
    /// <param name="secret">The secret.</param>
    public void AddSecret(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        scrubber.Add(secret.Reveal());
    }

    /// <summary>Runs one command over the exec channel.</summary>
    /// <param name="command">The command line; register secrets in it with <see cref="AddSecret"/> first.</param>
    /// <param name="commandTimeout">How long it may take; null means the open request's timeout.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>Exit status, standard output and standard error.</returns>
    /// <exception cref="DeviceTimeoutException">The command did not finish in time; the message names it, secrets masked.</exception>
    /// <exception cref="DeviceUnreachableException">The connection was lost, or the device refused the exec channel.</exception>
    public async Task<SshCommandResult> ExecuteAsync(string command, TimeSpan? commandTimeout, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        var masked = scrubber.Scrub(command);
        var limit = commandTimeout ?? timeout;
        var started = Stopwatch.GetTimestamp();
        var at = DateTimeOffset.UtcNow;
        var outcome = "closed";
        SshCommandResult? result = null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            using var exec = client.CreateCommand(command);
            await exec.ExecuteAsync(deadline.Token).ConfigureAwait(false);
            result = new SshCommandResult(exec.ExitStatus, exec.Result, exec.Error);
            outcome = exec.ExitStatus is { } status ? $"exit {status}" : "no exit status";
            return result;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = "timeout";
            throw SshFailureMapper.Timeout(Endpoint, masked, $"SSH at {Endpoint}: `{masked}` did not finish within {limit.TotalSeconds:0.###} s. Check that the device is not busy, or raise the timeout.", limit, ex);
        }
        catch (Exception ex) when (ex is SshException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            throw new DeviceUnreachableException($"SSH at {Endpoint}: `{masked}` failed: the connection was lost or the device refused the exec channel ({ex.GetType().Name}).", ex) { Endpoint = Endpoint, Operation = masked };
        }
        finally
        {
            Transcript.Record(new SshTranscriptEntry(at, Endpoint, "exec", masked, outcome, Stopwatch.GetElapsedTime(started), scrubber.Scrub(result?.Output ?? string.Empty)));
        }
    }

    /// <summary>Opens an interactive shell (on a pseudo-terminal unless <see cref="PromptOptions.Terminal"/> is false) and waits for the device's first prompt.</summary>
    /// <param name="prompt">Prompt, pagers, banner answers and the command timeout.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The shell; dispose it before the connection.</returns>
    /// <exception cref="DeviceTimeoutException">No prompt within the command timeout.</exception>
    /// <exception cref="DeviceUnreachableException">The device closed the session before its prompt, or refused the shell.</exception>
    public async Task<PromptShell> OpenShellAsync(PromptOptions prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ShellStream stream;
        try
        {
            stream = prompt.Terminal
                ? client.CreateShellStream(prompt.TerminalType, (uint)options.TerminalColumns, (uint)options.TerminalRows, 0, 0, 16 * 1024)
                : client.CreateShellStreamNoTerminal(16 * 1024);
        }
        catch (Exception ex) when (ex is SshException or ObjectDisposedException or InvalidOperationException)
        {
            throw new DeviceUnreachableException($"SSH at {Endpoint}: the device refused the interactive shell or the connection was lost ({ex.GetType().Name}).", ex) { Endpoint = Endpoint, Operation = "shell" };
        }

        return await PromptShell.StartAsync(new ShellReader(stream), prompt, timeout, scrubber, Transcript, Endpoint, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (client.IsConnected)
            {
                client.Disconnect();
            }
        }
        catch (Exception ex) when (ex is SshException or ObjectDisposedException or IOException or System.Net.Sockets.SocketException)
        {
            // Closing a connection the device already dropped is not a failure of the work.
        }

        client.Dispose();
        login.Dispose();
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
