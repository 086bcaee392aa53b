using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>
/// Turns canonical changes into <c>set email-parameters</c> lines, one setting per line
/// (<see cref="DotHillAssumptions.SubsetOfKeywords"/>), only for what differs from <c>show email-parameters</c>. It keeps
/// the state the commands will leave, so <c>smtp.enabled</c> (planned last) sees the level just written.
/// </summary>
/// <param name="now">The read-out before the write.</param>
/// <param name="descriptor">The driver's descriptor, for manual steps.</param>
/// <param name="device">The device name, for diagnostics.</param>
internal sealed class DotHillWritePlanner(EmailParameters now, DriverDescriptor descriptor, string device)
{
    private EmailParameters state = now;

    /// <summary>The settings the commands planned so far will leave on the array.</summary>
    public EmailParameters State => state;

    /// <summary>The command for <paramref name="change"/>.</summary>
    /// <param name="change">The change.</param>
    /// <returns>The plan.</returns>
    public DotHillWritePlan Plan(SettingChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var key = change.Key;
        return change.Value switch
        {
            TextValue relay when key.Equals(SettingKey.SmtpRelay) => Text(key, DotHillCommands.Keywords.Server, relay.Value, state.Server, s => state = state with { Server = s }),
            IntegerValue port when key.Equals(SettingKey.SmtpPort) => state.Port is null ? NotSupported(key, "this firmware shows no email-smtp-port")
                : Text(key, DotHillCommands.Keywords.Port, port.Value.ToString(CultureInfo.InvariantCulture), state.PortNumber?.ToString(CultureInfo.InvariantCulture) ?? state.Port, p => state = state with { Port = p }),
            SecurityValue security when key.Equals(SettingKey.SmtpSecurity) => state.Security is null ? NotSupported(key, "this firmware shows no email-security-protocol")
                : Text(key, DotHillCommands.Keywords.Security, DotHillReadMapping.SecurityWord(security.Value), state.Security, s => state = state with { Security = s }),
            SecretValue password when key.Equals(SettingKey.SmtpAuthPassword) => state.PasswordStatus is null ? NotSupported(key, "this firmware shows no email-sender-password")
                : Plan(key, DotHillCommand.Set([(DotHillCommands.Keywords.Password, password.Value.Reveal())], secret: true)),
            TextValue from when key.Equals(SettingKey.SmtpFrom) => From(key, from.Value),
            RecipientsValue list when key.Equals(SettingKey.SmtpRecipients) => Recipients(key, list.Value),
            SeverityValue severity when key.Equals(SettingKey.AlertsMinimumSeverity) => Severity(key, severity.Value),
            BooleanValue on when key.Equals(SettingKey.SmtpEnabled) => Enabled(key, on.Value),
            _ => NotSupported(key, $"the driver does not write {change.Value.GetType().Name} to {key.Name}"),
        };
    }

    private DotHillWritePlan Text(SettingKey key, string keyword, string wanted, string current, Action<string> after)
    {
        if (string.Equals(wanted, current, StringComparison.Ordinal))
        {
            return new DotHillWritePlan(null);
        }

        after(wanted);
        return Plan(key, DotHillCommand.Set([(keyword, wanted)]));
    }

    private DotHillWritePlan From(SettingKey key, string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1)
        {
            return Rejected(key, "dothill.senderNotAnAddress", $"The array builds its sender from a local part and a domain; '{address}' is not local@domain", "Nothing was sent.");
        }

        var pairs = new List<(string, string)>();
        var (local, domain) = (address[..at], address[(at + 1)..]);
        if (!string.Equals(local, state.Sender, StringComparison.Ordinal))
        {
            pairs.Add((DotHillCommands.Keywords.Sender, local));
        }

        if (!string.Equals(domain, state.Domain, StringComparison.OrdinalIgnoreCase))
        {
            pairs.Add((DotHillCommands.Keywords.Domain, domain));
        }

        state = state with { Sender = local, Domain = domain };
        return pairs.Count == 0 ? new DotHillWritePlan(null) : Plan(key, DotHillCommand.Set(pairs));
    }

    private DotHillWritePlan Recipients(SettingKey key, IReadOnlyList<Recipient> wanted)
    {
        if (wanted.Count > DotHillCommands.Slots)
        {
            return Rejected(key, "dothill.tooManyRecipients", $"The array holds {DotHillCommands.Slots} recipients, not {wanted.Count}", $"email-list takes at most {DotHillCommands.Slots} addresses; nothing was sent. Send this device's alerts to fewer groups.");
        }

        if (wanted.Any(r => r.Address.Contains(',', StringComparison.Ordinal)))
        {
            return Rejected(key, "dothill.listSeparator", "A recipient holds a comma", "email-list separates addresses with commas; nothing was sent.");
        }

        var addresses = wanted.Select(r => r.Address).ToList();
        if (addresses.SequenceEqual(state.Recipients, StringComparer.OrdinalIgnoreCase))
        {
            return new DotHillWritePlan(null);
        }

        state = state with { Addresses = [.. Enumerable.Range(0, DotHillCommands.Slots).Select(i => i < addresses.Count ? addresses[i] : string.Empty)] };
        return Plan(key, DotHillCommand.Set([(DotHillCommands.Keywords.List, string.Join(',', addresses))]));
    }

    private DotHillWritePlan Severity(SettingKey key, AlertSeverity severity)
    {
        if (DotHillReadMapping.Level(severity) is not { } level)
        {
            return NotSupported(key, $"the array's levels are crit, error, warn, resolved and info; {severity} has none of its own (choose Warning or Major)");
        }

        if (state.Enabled && level == state.Level)
        {
            return new DotHillWritePlan(null);
        }

        state = state with { Level = level, Enabled = true };
        return Plan(key, DotHillCommand.Set([(DotHillCommands.Keywords.Level, level)]));
    }

    private DotHillWritePlan Enabled(SettingKey key, bool on)
    {
        if (on == state.Enabled)
        {
            return new DotHillWritePlan(null);
        }

        if (!on)
        {
            state = state with { Enabled = false, Level = DotHillCommands.Levels.None };
            return Plan(key, DotHillCommand.Set([(DotHillCommands.Keywords.Level, DotHillCommands.Levels.None)]));
        }

        return state.Level == DotHillCommands.Levels.None
            ? NotSupported(key, "the array turns e-mail on with a notification level and none is set; set alerts.minimum_severity")
            : Severity(key, DotHillReadMapping.Severity(state.Level) ?? AlertSeverity.Warning);
    }

    private DotHillWritePlan Plan(SettingKey key, DotHillCommand? command) =>
        command is null
            ? Rejected(key, "dothill.untypable", $"The value of {key.Name} cannot be typed on the CLI", "It holds a double quote or a control character; nothing was sent.")
            : new DotHillWritePlan(command);

    private DotHillWritePlan Rejected(SettingKey key, string code, string summary, string detail) =>
        new(null, WriteStatus.Rejected, Diagnostic.Error(code, summary, detail) with { Device = device, Path = key.Name });

    private DotHillWritePlan NotSupported(SettingKey key, string reason)
    {
        var step = descriptor.Find(key)?.ManualStep;
        return new(null, WriteStatus.NotSupported, Diagnostic.Warning("dothill.notSupported", $"{descriptor.Id} cannot write {key.Name}", step is null ? $"{reason}." : $"{reason}. {step.What} in {step.Where}.") with { Device = device, Path = key.Name });
    }
}
