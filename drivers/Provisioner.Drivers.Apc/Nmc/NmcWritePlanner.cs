using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>
/// Turns canonical changes into <c>smtp</c>/<c>email</c> command lines, one option per line as the reference's module
/// sends them, for the fields that differ from what the card showed. It keeps the state the commands will leave, so a
/// later change (e.g. <c>smtp.enabled</c> after <c>smtp.recipients</c>) is planned against it.
/// </summary>
/// <param name="smtp">The <c>smtp</c> read-out before the write.</param>
/// <param name="slots">The <c>email</c> read-out before the write.</param>
/// <param name="device">The device name, for diagnostics.</param>
internal sealed class NmcWritePlanner(NmcSmtp smtp, IReadOnlyList<NmcRecipientSlot> slots, string device)
{
    private readonly List<NmcRecipientSlot> slots = [.. slots];

    /// <summary>The commands for <paramref name="change"/>.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The plan.</returns>
    public NmcWritePlan Plan(SettingChange change)
    {
        var key = change.Key;
        return change.Value switch
        {
            TextValue relay when key.Equals(SettingKey.SmtpRelay) => Smtp(key, NmcCommands.Server, relay.Value, smtp.Server),
            IntegerValue port when key.Equals(SettingKey.SmtpPort) => Smtp(key, NmcCommands.Port, port.Value.ToString(CultureInfo.InvariantCulture), smtp.Port.ToString(CultureInfo.InvariantCulture)),
            TextValue from when key.Equals(SettingKey.SmtpFrom) => Smtp(key, NmcCommands.From, from.Value, smtp.From),
            SecurityValue security when key.Equals(SettingKey.SmtpSecurity) => Smtp(key, NmcCommands.Encryption, NmcReadMapping.Encryption(security.Value), smtp.Encryption),
            TextValue user when key.Equals(SettingKey.SmtpAuthUser) => AuthUser(key, user.Value),
            SecretValue password when key.Equals(SettingKey.SmtpAuthPassword) => Plan(key, [NmcCommand.Create(NmcCommands.Smtp, NmcCommands.Password, password.Value.Reveal(), secret: true)]),
            RecipientsValue list when key.Equals(SettingKey.SmtpRecipients) => Recipients(key, list.Value),
            BooleanValue on when key.Equals(SettingKey.SmtpEnabled) => Enabled(key, on.Value),
            SeverityValue when key.Equals(SettingKey.AlertsMinimumSeverity) => NotSupported(key, NmcSettings.NoThreshold, NmcDescriptor.Value.Find(key)?.ManualStep),
            _ => NotSupported(key, $"the driver does not write {change.Value.GetType().Name} to {key.Name}", null),
        };
    }

    private NmcWritePlan Smtp(SettingKey key, string option, string wanted, string current) =>
        string.Equals(wanted, current, StringComparison.Ordinal) ? new NmcWritePlan([]) : Plan(key, [NmcCommand.Create(NmcCommands.Smtp, option, wanted)]);

    private NmcWritePlan AuthUser(SettingKey key, string user)
    {
        if (user.Length == 0)
        {
            return smtp.Auth ? Plan(key, [NmcCommand.Create(NmcCommands.Smtp, NmcCommands.Auth, NmcCommands.Disable)]) : new NmcWritePlan([]);
        }

        var commands = new List<NmcCommand?>();
        if (!string.Equals(user, smtp.User, StringComparison.Ordinal))
        {
            commands.Add(NmcCommand.Create(NmcCommands.Smtp, NmcCommands.User, user));
        }

        if (!smtp.Auth)
        {
            commands.Add(NmcCommand.Create(NmcCommands.Smtp, NmcCommands.Auth, NmcCommands.Enable));
        }

        return Plan(key, commands);
    }

    private NmcWritePlan Recipients(SettingKey key, IReadOnlyList<Recipient> wanted)
    {
        if (wanted.Count > NmcCommands.Slots)
        {
            return new NmcWritePlan([], WriteStatus.Rejected, Diagnostic.Error("apc.nmc.tooManyRecipients", $"The NMC holds {NmcCommands.Slots} recipients, not {wanted.Count}", $"email -t1..-t{NmcCommands.Slots} are the only slots; nothing was sent. Send this device's alerts to fewer groups.") with { Device = device, Path = key.Name });
        }

        var commands = new List<NmcCommand?>();
        for (var i = 0; i < NmcCommands.Slots; i++)
        {
            var slot = slots[i];
            var n = slot.Slot.ToString(CultureInfo.InvariantCulture);
            if (i < wanted.Count)
            {
                var address = wanted[i].Address;
                if (!string.Equals(slot.Address, address, StringComparison.OrdinalIgnoreCase))
                {
                    commands.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.To + n, address));
                }

                if (slot.Route != NmcCommands.RouteLocal)
                {
                    commands.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.Route + n, NmcCommands.RouteLocal));
                }

                if (!slot.Enabled)
                {
                    commands.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.Generation + n, NmcCommands.Enable));
                }

                slots[i] = slot with { Address = address, Route = NmcCommands.RouteLocal, Enabled = true };
            }
            else if (slot.Enabled)
            {
                commands.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.Generation + n, NmcCommands.Disable));
                slots[i] = slot with { Enabled = false };
            }
        }

        return Plan(key, commands);
    }

    private NmcWritePlan Enabled(SettingKey key, bool on)
    {
        var commands = new List<NmcCommand?>();
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var n = slot.Slot.ToString(CultureInfo.InvariantCulture);
            if (!on && slot.Enabled)
            {
                commands.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.Generation + n, NmcCommands.Disable));
                slots[i] = slot with { Enabled = false };
            }
            else if (on && !slots.Any(s => s.Delivers) && slot.Address.Length > 0 && slot.Route == NmcCommands.RouteLocal && !slot.Enabled)
            {
                commands.Add(NmcCommand.Create(NmcCommands.Email, NmcCommands.Generation + n, NmcCommands.Enable));
            }
        }

        if (on && commands.Count == 0 && !slots.Any(s => s.Delivers))
        {
            return NotSupported(key, "the NMC sends e-mail only to enabled recipients and none holds an address routed through the relay; set smtp.recipients", null);
        }

        for (var i = 0; i < slots.Count && on; i++)
        {
            slots[i] = slots[i].Address.Length > 0 && slots[i].Route == NmcCommands.RouteLocal ? slots[i] with { Enabled = true } : slots[i];
        }

        return Plan(key, commands);
    }

    private NmcWritePlan Plan(SettingKey key, IReadOnlyList<NmcCommand?> commands) =>
        commands.Any(c => c is null)
            ? new NmcWritePlan([], WriteStatus.Rejected, Diagnostic.Error("apc.nmc.untypable", $"The NMC's command line cannot take this {key.Name}", "The value holds a double quote or a control character, which the CLI cannot quote (README, Unverified); nothing was sent. Change the inventory value.") with { Device = device, Path = key.Name })
            : new NmcWritePlan([.. commands.OfType<NmcCommand>()]);

    private NmcWritePlan NotSupported(SettingKey key, string reason, ManualStep? step) =>
        new([], WriteStatus.NotSupported, Diagnostic.Warning("apc.nmc.notSupported", $"The NMC's CLI cannot set {key.Name}", step is null ? $"{reason}." : $"{reason}. {step.What} in {step.Where}.") with { Device = device, Path = key.Name });
}
