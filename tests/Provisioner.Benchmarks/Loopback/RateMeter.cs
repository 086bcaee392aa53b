using System.Diagnostics;

namespace Provisioner.Benchmarks.Loopback;

/// <summary>
/// Runs an asynchronous operation in <c>n</c> concurrent loops for a fixed time and reports
/// completed operations per second (a closed loop with <c>n</c> requests in flight).
/// </summary>
public static class RateMeter
{
    /// <summary>Measures <paramref name="operation"/> with <paramref name="inFlight"/> concurrent loops.</summary>
    /// <param name="operation">One round trip (or one cycle); must throw on failure.</param>
    /// <param name="inFlight">How many operations are outstanding at any time.</param>
    /// <param name="duration">How long to measure, after a short warm-up.</param>
    /// <param name="cancellationToken">Cancels the measurement.</param>
    /// <returns>Operations completed per second.</returns>
    public static async Task<double> MeasureAsync(
        Func<CancellationToken, Task> operation, int inFlight, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        await RunLoopsAsync(operation, inFlight, TimeSpan.FromMilliseconds(300), cancellationToken);
        var clock = Stopwatch.StartNew();
        var completed = await RunLoopsAsync(operation, inFlight, duration, cancellationToken);
        return completed / clock.Elapsed.TotalSeconds;
    }

    private static async Task<long> RunLoopsAsync(
        Func<CancellationToken, Task> operation, int inFlight, TimeSpan duration, CancellationToken cancellationToken)
    {
        long completed = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = Enumerable.Range(0, inFlight).Select(_ => Task.Run(
            async () =>
            {
                while (Stopwatch.GetTimestamp() < deadline)
                {
                    await operation(cancellationToken);
                    Interlocked.Increment(ref completed);
                }
            },
            cancellationToken));
        await Task.WhenAll(loops);
        return completed;
    }
}
