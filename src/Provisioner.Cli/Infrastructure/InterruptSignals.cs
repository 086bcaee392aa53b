using System.Runtime.InteropServices;

namespace Provisioner.Cli.Infrastructure;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into two tokens: the first signal cancels <see cref="Stop"/> (start
/// no more devices, stop reading, write the report), the second cancels <see cref="Abandon"/> (give up on
/// devices being changed too). A third signal is left to the runtime, which ends the process.
/// </summary>
internal sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly CancellationTokenSource abandon = new();
    private readonly PosixSignalRegistration[] registrations;
    private int received;

    /// <summary>Registers for SIGINT and SIGTERM.</summary>
    public InterruptSignals()
    {
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Stop => stop.Token;

    /// <summary>Cancelled by the second signal.</summary>
    public CancellationToken Abandon => abandon.Token;

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        stop.Dispose();
        abandon.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        switch (Interlocked.Increment(ref received))
        {
            case 1:
                context.Cancel = true;
                stop.Cancel();
                break;
            case 2:
                context.Cancel = true;
                abandon.Cancel();
                break;
            default:
                context.Cancel = false;
                break;
        }
    }
}
