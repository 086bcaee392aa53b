using System.Text;
using System.Threading.Channels;
using Renci.SshNet;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// Reads a shell stream on a background task and hands the text on as it arrives, so a prompt shell can
/// wait for it with a timeout and a cancellation token (<see cref="ShellStream"/>'s reads block). The
/// channel completes when the server closes the session.
/// </summary>
internal sealed class ShellReader : IDisposable
{
    private readonly ShellStream stream;
    private readonly Channel<string> chunks = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Task pump;

    /// <summary>Starts reading.</summary>
    /// <param name="stream">The shell stream; disposed with the reader.</param>
    public ShellReader(ShellStream stream)
    {
        this.stream = stream;
        pump = Task.Factory.StartNew(Pump, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The next text received, or null when the session has closed.</summary>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The text, or null.</returns>
    public async ValueTask<string?> ReadAsync(CancellationToken cancellationToken)
    {
        if (await chunks.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && chunks.Reader.TryRead(out var chunk))
        {
            return chunk;
        }

        return null;
    }

    /// <summary>Sends text as typed.</summary>
    /// <param name="text">The text.</param>
    public void Write(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
        stream.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        stream.Dispose();
        pump.Wait(TimeSpan.FromSeconds(2));
    }

    private void Pump()
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = new byte[8192];
        var text = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                var count = decoder.GetChars(bytes, 0, read, text, 0, flush: false);
                if (count > 0)
                {
                    chunks.Writer.TryWrite(new string(text, 0, count));
                }
            }
        }
        catch (Exception ex) when (ex is ObjectDisposedException or IOException or Renci.SshNet.Common.SshException)
        {
            // The session ended; the completed channel tells the waiting command.
        }
        finally
        {
            chunks.Writer.TryComplete();
        }
    }
}
