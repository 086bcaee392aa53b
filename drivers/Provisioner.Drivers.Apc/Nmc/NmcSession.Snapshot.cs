using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>Snapshot and restore: both read-outs; restore sends one command per field that differs from them.</summary>
internal sealed partial class NmcSession
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var smtp = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
        var slots = await ReadEmailAsync(cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<SettingKey, Observed>();
        foreach (var key in NmcReadMapping.SmtpKeys)
        {
            values[key] = NmcReadMapping.Read(key, smtp);
        }

        foreach (var key in NmcReadMapping.EmailKeys)
        {
            values[key] = NmcReadMapping.Read(key, slots);
        }

        var diagnostics = new DiagnosticList();
        if (request.Keys.Contains(SettingKey.SmtpAuthPassword))
        {
            diagnostics.Add(Diagnostic.Warning("apc.nmc.passwordUnrestorable", "The SMTP password cannot be restored", "The NMC shows only a mask; a restore leaves the password just written.") with { Device = device, Path = SettingKey.SmtpAuthPassword.Name });
        }

        return new SnapshotResponse { Snapshot = new DeviceSnapshot { Values = values, DriverState = new NmcSnapshotState(smtp, slots) }, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not NmcSnapshotState state)
        {
            return new RestoreResponse { Restored = false, Diagnostics = [Diagnostic.Error("apc.nmc.foreignSnapshot", "The snapshot is not an APC NMC snapshot", "Restore needs a snapshot this driver took.") with { Device = device }] };
        }

        var smtp = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
        var slots = await ReadEmailAsync(cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticList();
        var restored = true;
        foreach (var (key, commands) in RestoreCommands(smtp, slots, state))
        {
            restored &= await RunAsync(key, [.. commands.OfType<NmcCommand>()], diagnostics, cancellationToken).ConfigureAwait(false) == WriteStatus.Applied;
            if (commands.Any(c => c is null))
            {
                restored = false;
                diagnostics.Add(Diagnostic.Error("apc.nmc.untypable", $"The previous {key.Name} cannot be typed on the CLI", "It holds a double quote or a control character; set it by hand.") with { Device = device, Path = key.Name });
            }
        }

        return new RestoreResponse { Restored = restored, Diagnostics = diagnostics };
    }

    private static IEnumerable<(SettingKey Key, List<NmcCommand?> Commands)> RestoreCommands(NmcSmtp now, IReadOnlyList<NmcRecipientSlot> slots, NmcSnapshotState was)
    {
        var fields = new (SettingKey Key, string Option, string Now, string Was)[]
        {
            (SettingKey.SmtpRelay, NmcCommands.Server, now.Server, was.Smtp.Server),
            (SettingKey.SmtpPort, NmcCommands.Port, now.Port.ToString(CultureInfo.InvariantCulture), was.Smtp.Port.ToString(CultureInfo.InvariantCulture)),
            (SettingKey.SmtpSecurity, NmcCommands.Encryption, now.Encryption, was.Smtp.Encryption),
            (SettingKey.SmtpAuthUser, NmcCommands.User, now.User, was.Smtp.User),
            (SettingKey.SmtpAuthUser, NmcCommands.Auth, Flag(now.Auth), Flag(was.Smtp.Auth)),
            (SettingKey.SmtpFrom, NmcCommands.From, now.From, was.Smtp.From),
        };
        foreach (var (key, option, current, previous) in fields.Where(f => !string.Equals(f.Now, f.Was, StringComparison.Ordinal)))
        {
            yield return (key, [NmcCommand.Create(NmcCommands.Smtp, option, previous)]);
        }

        var email = new List<NmcCommand?>();
        foreach (var (current, previous) in slots.Zip(was.Slots))
        {
            var n = previous.Slot.ToString(CultureInfo.InvariantCulture);
            if (previous.Address.Length > 0 && !string.Equals(current.Address, previous.Address, StringComparison.Ordinal))
            {
                email.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.To + n, previous.Address));
            }

            if (current.Route != previous.Route)
            {
                email.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.Route + n, previous.Route));
            }

            if (current.Enabled != previous.Enabled)
            {
                email.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.Generation + n, Flag(previous.Enabled)));
            }
        }

        if (email.Count > 0)
        {
            yield return (SettingKey.SmtpRecipients, email);
        }
    }

    private static string Flag(bool on) => on ? NmcCommands.Enable : NmcCommands.Disable;
}
