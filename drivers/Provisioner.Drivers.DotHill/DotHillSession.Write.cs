using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>
/// Writing: one <c>set email-parameters</c> per setting that differs; an <c>Error:</c> stops the request. A connection
/// the array drops during a write is opened again and read back, so the response says exactly what was written.
/// </summary>
internal sealed partial class DotHillSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var planner = new DotHillWritePlanner(await ReadEmailAsync(cancellationToken).ConfigureAwait(false), descriptor, device);
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        var stopped = false;

        // smtp.enabled shares notification-level with alerts.minimum_severity, so it is planned after it.
        var changes = request.Changes.OrderBy(c => c.Key.Equals(SettingKey.SmtpEnabled) ? 1 : 0).ToList();
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
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

            if (plan.Command is not { } command)
            {
                statuses[change.Key] = WriteStatus.Applied;
                continue;
            }

            if (change.Value is SecretValue secret)
            {
                cli.AddSecret(secret.Value);
            }

            try
            {
                statuses[change.Key] = await RunWriteAsync(change.Key, command, diagnostics, cancellationToken).ConfigureAwait(false);
                stopped = statuses[change.Key] == WriteStatus.Rejected;
            }
            catch (DeviceUnreachableException lost)
            {
                await RecoverAsync(lost, changes, i, planner.State, command, statuses, diagnostics, cancellationToken).ConfigureAwait(false);
                break;
            }
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    /// <summary>Sends one write command.</summary>
    /// <param name="key">The setting it writes.</param>
    /// <param name="command">The command.</param>
    /// <param name="diagnostics">Collects the refusal.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>Applied, or Rejected with an error diagnostic naming the setting and the array's message.</returns>
    private async Task<WriteStatus> RunWriteAsync(SettingKey key, DotHillCommand command, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var response = await cli.RunAsync(command.Line, command.Shown, null, cancellationToken).ConfigureAwait(false);
        if (response.Succeeded)
        {
            return WriteStatus.Applied;
        }

        diagnostics.Add(Diagnostic.Error("dothill.commandFailed", $"The array refused {key.Name}", $"`{command.Shown}` answered Error: {response.Message}. The array keeps its previous value.") with { Device = device, Path = key.Name });
        return WriteStatus.Rejected;
    }

    /// <summary>
    /// The array dropped the session while <paramref name="command"/> ran: connect again, read back, and report the
    /// command as applied only if its value is there; every later change is reported not sent (rejected), so the engine
    /// restores what was written. If the array cannot be reached again, the original failure (naming the command) stands.
    /// </summary>
    private async Task RecoverAsync(
        DeviceUnreachableException lost, List<SettingChange> changes, int index, EmailParameters expected, DotHillCommand command,
        Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        EmailParameters now;
        try
        {
            await cli.ReconnectAsync(cancellationToken).ConfigureAwait(false);
            now = await ReadEmailAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceException)
        {
            throw lost;
        }

        var key = changes[index].Key;
        var landed = key.Equals(SettingKey.SmtpAuthPassword) || DotHillReadMapping.Read(key, now) == DotHillReadMapping.Read(key, expected);
        statuses[key] = landed ? WriteStatus.Applied : WriteStatus.Rejected;
        var written = statuses.Where(s => s.Value == WriteStatus.Applied).Select(s => s.Key.Name).ToList();
        var unsent = changes.Skip(index + 1).Select(c => c.Key).ToList();
        var detail = $"`{command.Shown}` got no answer: the array closed the session. The driver connected again (host key checked) and read email-parameters: "
            + (landed ? "the command had taken effect. " : "the command had not taken effect. ")
            + (written.Count > 0 ? $"Written: {string.Join(", ", written)}. " : "Nothing was written. ")
            + (unsent.Count > 0 ? $"Not sent: {string.Join(", ", unsent.Select(k => k.Name))}; the previous values are restored." : "Every change was sent.");
        diagnostics.Add((landed && unsent.Count == 0
            ? Diagnostic.Warning("dothill.connectionDropped", $"The connection dropped during the write of {key.Name}", detail)
            : Diagnostic.Error("dothill.connectionDropped", $"The connection dropped during the write of {key.Name}", detail)) with { Device = device, Path = landed ? null : key.Name });
        foreach (var next in unsent)
        {
            statuses[next] = WriteStatus.Rejected;
            diagnostics.Add(Diagnostic.Error("dothill.notSent", $"{next.Name} was not sent", $"The connection dropped during `{command.Shown}` before it.") with { Device = device, Path = next.Name });
        }
    }
}
