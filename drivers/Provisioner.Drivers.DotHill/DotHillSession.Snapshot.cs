using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>Snapshot and restore: the <c>show email-parameters</c> read-out; restore sends one command per field that differs from it.</summary>
internal sealed partial class DotHillSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = await ReadEmailAsync(cancellationToken).ConfigureAwait(false);
        var values = DotHillReadMapping.Keys.ToDictionary(k => k, k => DotHillReadMapping.Read(k, email));
        var diagnostics = new DiagnosticList();
        if (request.Keys.Contains(SettingKey.SmtpAuthPassword))
        {
            diagnostics.Add(Diagnostic.Warning("dothill.passwordUnrestorable", "The sender password cannot be restored", "The array shows only a status; a restore leaves the password just written.") with { Device = device, Path = SettingKey.SmtpAuthPassword.Name });
        }

        return new SnapshotResponse { Snapshot = new DeviceSnapshot { Values = values, DriverState = new DotHillSnapshotState(email) }, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not DotHillSnapshotState state)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("dothill.foreignSnapshot", "The snapshot is not a Dot Hill snapshot", "Restore needs a snapshot this driver took.") with { Device = device }] };
        }

        var now = await ReadEmailAsync(cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticList();
        var restored = true;
        foreach (var (key, command) in RestoreCommands(now, state.Email))
        {
            if (command is null)
            {
                restored = false;
                diagnostics.Add(Diagnostic.Error("dothill.untypable", $"The previous {key.Name} cannot be typed on the CLI", "It holds a double quote or a control character; set it by hand.") with { Device = device, Path = key.Name });
                continue;
            }

            restored &= await RunWriteAsync(key, command, diagnostics, cancellationToken).ConfigureAwait(false) == WriteStatus.Applied;
        }

        return new RestoreResponse { Restored = restored, Diagnostics = diagnostics };
    }

    private static IEnumerable<(SettingKey Key, DotHillCommand? Command)> RestoreCommands(EmailParameters now, EmailParameters was)
    {
        var fields = new (SettingKey Key, string Keyword, string? Now, string? Was)[]
        {
            (SettingKey.SmtpRelay, DotHillCommands.Keywords.Server, now.Server, was.Server),
            (SettingKey.SmtpPort, DotHillCommands.Keywords.Port, now.PortNumber?.ToString(CultureInfo.InvariantCulture), was.PortNumber?.ToString(CultureInfo.InvariantCulture)),
            (SettingKey.SmtpSecurity, DotHillCommands.Keywords.Security, now.Security, was.Security),
            (SettingKey.SmtpFrom, DotHillCommands.Keywords.Sender, now.Sender, was.Sender),
            (SettingKey.SmtpFrom, DotHillCommands.Keywords.Domain, now.Domain, was.Domain),
            (SettingKey.SmtpRecipients, DotHillCommands.Keywords.List, string.Join(',', now.Recipients), string.Join(',', was.Recipients)),
            (SettingKey.AlertsMinimumSeverity, DotHillCommands.Keywords.Level, now.Level, was.Level),
        };
        foreach (var (key, keyword, current, previous) in fields.Where(f => f.Was is not null && !string.Equals(f.Now, f.Was, StringComparison.Ordinal)))
        {
            yield return (key, DotHillCommand.Set([(keyword, previous!)]));
        }
    }
}
