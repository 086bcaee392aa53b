using Provisioner.Snmp.Client;
using Provisioner.Snmp;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// Turns the typed failures of a troubleshooting command into net-snmp-like messages on stderr
/// and an exit code. Messages never contain a community or pass phrase.
/// </summary>
internal static class SnmpErrorReporter
{
    /// <summary>Runs <paramref name="operation"/> and reports a failure on <paramref name="error"/>.</summary>
    /// <param name="operation">The command body; returns its exit code.</param>
    /// <param name="error">Where failures are written (stderr).</param>
    /// <returns>The exit code: the operation's, or <see cref="ExitCodes.Failure"/>/<see cref="ExitCodes.UsageError"/>.</returns>
    public static async Task<int> RunAsync(Func<Task<int>> operation, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return await operation();
        }
        catch (SnmpUsageException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.UsageError;
        }
        catch (SnmpTimeoutException ex)
        {
            await error.WriteLineAsync($"Timeout: No Response from {ex.Agent} ({ex.Attempts} attempts of {ex.Timeout.TotalSeconds:0.###} s).");
            return ExitCodes.Failure;
        }
        catch (SnmpErrorStatusException ex)
        {
            await error.WriteLineAsync("Error in packet");
            await error.WriteLineAsync($"Reason: {ex.ErrorStatus} (error index {ex.ErrorIndex})");
            if (ex.Oid is not null)
            {
                await error.WriteLineAsync($"Failed object: .{ex.Oid}");
            }

            return ExitCodes.Failure;
        }
        catch (SnmpException ex)
        {
            // Authentication, decode and protocol failures carry their own explanation.
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.Failure;
        }
    }
}
