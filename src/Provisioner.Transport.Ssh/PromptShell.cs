using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// An interactive CLI session for devices without an exec channel: one pseudo-terminal, commands typed one
/// at a time, each answer read until the prompt comes back. Pagers are answered, and the output returned
/// is what a terminal would show, without the echoed command, the prompt, escape sequences, backspaces and
/// carriage returns. Not thread-safe: one command at a time, as on a real console.
/// </summary>
public sealed class PromptShell : IDisposable, IAsyncDisposable
{
    private readonly ShellReader reader;
    private readonly PromptOptions options;
    private readonly TimeSpan timeout;
    private readonly SecretScrubber scrubber;
    private readonly SshTranscript transcript;
    private readonly string endpoint;
    private string? broken;

    private PromptShell(ShellReader reader, PromptOptions options, TimeSpan timeout, SecretScrubber scrubber, SshTranscript transcript, string endpoint)
    {
        this.reader = reader;
        this.options = options;
        this.timeout = timeout;
        this.scrubber = scrubber;
        this.transcript = transcript;
        this.endpoint = endpoint;
    }

    /// <summary>What the device showed before its first prompt (the banner), cleaned like command output.</summary>
    public string Banner { get; private set; } = string.Empty;

    /// <summary>Types <paramref name="command"/> and Enter, and returns the output up to the next prompt, within the shell's command timeout.</summary>
    /// <param name="command">The command line; secrets in it must be registered with <see cref="DeviceSshConnection.AddSecret"/> first.</param>
    /// <param name="cancellationToken">Cancels the wait (the shell is then unusable).</param>
    /// <returns>The output as shown, lines joined with <c>\n</c>, without echo and prompt.</returns>
    /// <exception cref="DeviceTimeoutException">No prompt within the command timeout; the message names the command, secrets masked.</exception>
    /// <exception cref="DeviceUnreachableException">The device closed the session before the prompt came back.</exception>
    /// <exception cref="DeviceProtocolException">An earlier command failed, so the session's state is unknown.</exception>
    public Task<string> SendAsync(string command, CancellationToken cancellationToken) => SendAsync(command, null, cancellationToken);

    /// <summary>Types <paramref name="command"/> and Enter, and returns the output up to the next prompt.</summary>
    /// <param name="command">The command line; secrets in it must be registered with <see cref="DeviceSshConnection.AddSecret"/> first.</param>
    /// <param name="commandTimeout">How long this command may take (e.g. a slow test mail); null means the shell's command timeout.</param>
    /// <param name="cancellationToken">Cancels the wait (the shell is then unusable).</param>
    /// <returns>The output as shown, lines joined with <c>\n</c>, without echo and prompt.</returns>
    /// <exception cref="DeviceTimeoutException">No prompt within the command timeout; the message names the command, secrets masked.</exception>
    /// <exception cref="DeviceUnreachableException">The device closed the session before the prompt came back.</exception>
    /// <exception cref="DeviceProtocolException">An earlier command failed, so the session's state is unknown.</exception>
    public async Task<string> SendAsync(string command, TimeSpan? commandTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Contains('\n', StringComparison.Ordinal) || command.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("A command is one line.", nameof(command));
        }

        var masked = scrubber.Scrub(command);
        if (broken is not null)
        {
            throw new DeviceProtocolException($"SSH at {endpoint}: cannot send `{masked}`: the shell is unusable after {broken}. Open a new connection.") { Endpoint = endpoint, Operation = masked };
        }

        var started = Stopwatch.GetTimestamp();
        var at = DateTimeOffset.UtcNow;
        var outcome = "ok";
        var output = string.Empty;
        try
        {
            reader.Write(command + options.LineEnding);
            output = await ReadToPromptAsync(command, masked, false, commandTimeout ?? timeout, cancellationToken).ConfigureAwait(false);
            return output;
        }
        catch (DeviceTimeoutException)
        {
            outcome = "timeout";
            throw;
        }
        catch (DeviceUnreachableException)
        {
            outcome = "closed";
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            broken = $"`{masked}` was cancelled";
            throw;
        }
        finally
        {
            transcript.Record(new SshTranscriptEntry(at, endpoint, "shell", masked, outcome, Stopwatch.GetElapsedTime(started), scrubber.Scrub(output)));
        }
    }

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Starts the shell and waits for the first prompt.</summary>
    internal static async Task<PromptShell> StartAsync(ShellReader reader, PromptOptions options, TimeSpan timeout, SecretScrubber scrubber, SshTranscript transcript, string endpoint, CancellationToken cancellationToken)
    {
        var shell = new PromptShell(reader, options, options.CommandTimeout ?? timeout, scrubber, transcript, endpoint);
        try
        {
            shell.Banner = await shell.ReadToPromptAsync(null, "the first prompt", true, shell.timeout, cancellationToken).ConfigureAwait(false);
            return shell;
        }
        catch
        {
            shell.Dispose();
            throw;
        }
    }

    /// <summary>The shown output with the echoed command (first line) and the prompt (last line) removed.</summary>
    internal static string Trim(string shown, string? command)
    {
        var lines = shown.Split('\n').ToList();
        lines.RemoveAt(lines.Count - 1);
        if (command is not null && lines.Count > 0 && command.Trim().Length > 0 && lines[0].TrimEnd().EndsWith(command.Trim(), StringComparison.Ordinal))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }

    private async Task<string> ReadToPromptAsync(string? command, string masked, bool banner, TimeSpan limit, CancellationToken cancellationToken)
    {
        var raw = new StringBuilder();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        while (true)
        {
            var lineStart = raw.ToString().LastIndexOf('\n') + 1;
            var last = TerminalText.Clean(raw.ToString(lineStart, raw.Length - lineStart));
            if (Reply(last, banner) is { } reply)
            {
                raw.Length = lineStart;
                reader.Write(reply);
            }
            else if (last.Length > 0 && options.Prompt.IsMatch(last))
            {
                return Trim(TerminalText.Clean(raw.ToString()), command);
            }

            string? chunk;
            try
            {
                chunk = await reader.ReadAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                broken = $"`{masked}` timed out";
                var what = command is null ? "the device showed no prompt" : $"`{masked}` got no prompt back";
                throw SshFailureMapper.Timeout(endpoint, masked, $"SSH at {endpoint}: {what} within {limit.TotalSeconds:0.###} s. Check the prompt pattern and that the device is not busy.", limit, null);
            }

            if (chunk is null)
            {
                broken = "the device closed the session";
                var what = command is null ? "before its first prompt" : $"while `{masked}` ran; the command may or may not have taken effect";
                throw new DeviceUnreachableException($"SSH at {endpoint}: the device closed the session {what}.") { Endpoint = endpoint, Operation = masked };
            }

            raw.Append(chunk);
        }
    }

    private string? Reply(string last, bool banner)
    {
        if (last.Length == 0)
        {
            return null;
        }

        if (options.PagerPatterns.Any(p => p.IsMatch(last)))
        {
            return options.PagerReply;
        }

        return banner ? options.BannerAnswers.FirstOrDefault(a => a.Pattern.IsMatch(last))?.Reply : null;
    }
}
