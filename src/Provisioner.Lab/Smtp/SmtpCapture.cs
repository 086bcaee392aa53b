using System.Net;
using Provisioner.Lab.Network;
using SmtpServer;
using SmtpServer.Net;

namespace Provisioner.Lab.Smtp;

/// <summary>
/// An SMTP server on a loopback address that accepts every message and keeps it in memory, so a
/// test or the demo can prove that a device's test alert arrived. It stands in for the relay: the
/// lab points every simulated device's relay address at it.
/// </summary>
public sealed class SmtpCapture : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<CapturedMessage> messages = [];
    private readonly List<(Func<CapturedMessage, bool> Match, TaskCompletionSource<CapturedMessage> Done)> waiters = [];
    private readonly SmtpServer.SmtpServer server;
    private readonly CancellationTokenSource stop;
    private readonly Task running;

    private SmtpCapture(SmtpServer.SmtpServer server, CancellationTokenSource stop, Task running, IPEndPoint endpoint)
    {
        this.server = server;
        this.stop = stop;
        this.running = running;
        Endpoint = endpoint;
    }

    /// <summary>The loopback address and port the capture listens on.</summary>
    public IPEndPoint Endpoint { get; }

    /// <summary>Every message accepted so far, oldest first.</summary>
    public IReadOnlyList<CapturedMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    /// <summary>Starts a capture on <paramref name="endpoint"/> (port 0 picks a free port).</summary>
    /// <param name="endpoint">A loopback endpoint, e.g. <c>127.0.0.1:0</c>.</param>
    /// <param name="timeProvider">The clock used to stamp messages; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running capture; dispose it to stop.</returns>
    /// <exception cref="LabNetworkException">The endpoint is not loopback or cannot be bound.</exception>
    public static async Task<SmtpCapture> StartAsync(IPEndPoint endpoint, TimeProvider? timeProvider, CancellationToken cancellationToken)
    {
        LoopbackGuard.Ensure(endpoint, "the SMTP capture");
        SmtpCapture? capture = null;
        var pending = new List<CapturedMessage>();
        void OnMessage(CapturedMessage m)
        {
            if (capture is null)
            {
                lock (pending)
                {
                    pending.Add(m);
                }

                return;
            }

            capture.Accept(m);
        }

        var started = new TaskCompletionSource<IPEndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult((IPEndPoint)e.LocalEndPoint);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("provisioner-lab")
            .Endpoint(b => b.Endpoint(endpoint).SessionTimeout(TimeSpan.FromSeconds(30)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(new CaptureMessageStore(OnMessage, timeProvider ?? TimeProvider.System));
        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        var first = await Task.WhenAny(started.Task, running).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (first == running)
        {
            stop.Dispose();
            await running.ConfigureAwait(false);
            throw new LabNetworkException($"The SMTP capture stopped while starting on {endpoint}.");
        }

        capture = new SmtpCapture(server, stop, running, await started.Task.ConfigureAwait(false));
        lock (pending)
        {
            pending.ForEach(capture.Accept);
        }

        return capture;
    }

    /// <summary>Waits until a message that satisfies <paramref name="match"/> has arrived (or returns one that already has).</summary>
    /// <param name="match">The condition, e.g. <c>m =&gt; m.EnvelopeFrom == "ups-01@contoso.com"</c>.</param>
    /// <param name="cancellationToken">Ends the wait; use a timeout token.</param>
    /// <returns>The first matching message.</returns>
    public Task<CapturedMessage> WaitForMessageAsync(Func<CapturedMessage, bool> match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        TaskCompletionSource<CapturedMessage> done;
        lock (gate)
        {
            var existing = messages.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            done = new TaskCompletionSource<CapturedMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Forgets every message received so far.</summary>
    public void Clear()
    {
        lock (gate)
        {
            messages.Clear();
        }
    }

    /// <summary>Forgets the messages that satisfy <paramref name="match"/> (what a mailbox's delete does).</summary>
    /// <param name="match">Which messages to forget.</param>
    /// <returns>How many were forgotten.</returns>
    public int Remove(Func<CapturedMessage, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (gate)
        {
            return messages.RemoveAll(m => match(m));
        }
    }

    /// <summary>Stops the server and waits for it to close.</summary>
    /// <returns>A task that completes when the listener is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        server.Shutdown();
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await running.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The server ends its accept loop by cancellation; that is the normal way to stop.
        }
        catch (TimeoutException)
        {
            // A client kept its session open; the process will close the socket.
        }

        stop.Dispose();
    }

    private void Accept(CapturedMessage message)
    {
        List<TaskCompletionSource<CapturedMessage>> satisfied = [];
        lock (gate)
        {
            messages.Add(message);
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Match(message))
                {
                    satisfied.Add(waiters[i].Done);
                    waiters.RemoveAt(i);
                }
            }
        }

        satisfied.ForEach(s => s.TrySetResult(message));
    }
}
