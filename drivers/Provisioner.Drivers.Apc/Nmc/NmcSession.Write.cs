using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>Writing: one command per option that differs; a refused command stops the request.</summary>
internal sealed partial class NmcSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var planner = new NmcWritePlanner(await ReadSmtpAsync(cancellationToken).ConfigureAwait(false), await ReadEmailAsync(cancellationToken).ConfigureAwait(false), device);
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        var stopped = false;

        // smtp.enabled is derived from the recipients, so it is planned after them.
        foreach (var change in request.Changes.OrderBy(c => c.Key.Equals(SettingKey.SmtpEnabled) ? 1 : 0))
        {
            if (stopped)
            {
                statuses[change.Key] = WriteStatus.NotAttempted;
                continue;
            }

            var plan = planner.Plan(change);
            if (plan.Status is { } status)
            {
                statuses[change.Key] = status;
                diagnostics.Add(plan.Diagnostic!);
                stopped = status == WriteStatus.Rejected;
                continue;
            }

            if (change.Value is SecretValue secret)
            {
                connection.AddSecret(secret.Value);
            }

            statuses[change.Key] = await RunAsync(change.Key, plan.Commands, diagnostics, cancellationToken).ConfigureAwait(false);
            stopped = statuses[change.Key] == WriteStatus.Rejected;
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    /// <summary>Sends <paramref name="commands"/> in order and stops at the first refusal.</summary>
    /// <param name="key">The setting they write.</param>
    /// <param name="commands">The commands.</param>
    /// <param name="diagnostics">Collects refusals and reboot notes.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>Applied, or Rejected with an error diagnostic naming the setting.</returns>
    private async Task<WriteStatus> RunAsync(SettingKey key, IReadOnlyList<NmcCommand> commands, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        foreach (var command in commands)
        {
            var result = NmcResult.Parse(await shell.SendAsync(command.Line, cancellationToken).ConfigureAwait(false), command.Shown, connection.Endpoint);
            if (result.RebootRequired)
            {
                diagnostics.Add(Diagnostic.Warning("apc.nmc.rebootRequired", $"The NMC needs a reboot for {key.Name} to take effect", $"`{command.Shown}` answered E002. Reboot the management card (not the UPS) in a maintenance window.") with { Device = device, Path = key.Name });
            }
            else if (!result.Succeeded)
            {
                diagnostics.Add(Diagnostic.Error(
                    result.ParameterError ? "apc.nmc.parameterError" : "apc.nmc.commandFailed",
                    $"The NMC refused {key.Name}",
                    $"`{command.Shown}` answered {result.Label} ({result.Text}); the card keeps its previous value. {(result.ParameterError ? "Check the value against the card's limits (address format, length)." : "Check the user's access level and the firmware.")}")
                    with { Device = device, Path = key.Name });
                return WriteStatus.Rejected;
            }
        }

        return WriteStatus.Applied;
    }
}
