using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Mapping;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>What an SC200 holds in its email group, as read (<see cref="Sc200Oids.State"/>), and its canonical view.</summary>
/// <param name="Enabled">email-Notifications, or null when the device lacks it.</param>
/// <param name="Relay">smtp-Server-IP-Address as dotted text, or null.</param>
/// <param name="Port">smtp-Server-Port, or null.</param>
/// <param name="ReturnAddress">email-Return-Address, normalised, or null.</param>
/// <param name="Rows">Receiver rows 1..N: normalised address and level.</param>
internal sealed record Sc200WireState(int? Enabled, string? Relay, int? Port, string? ReturnAddress, IReadOnlyList<(string Address, int Level)> Rows)
{
    /// <summary>The used rows (see <see cref="Sc200Model.IsUnusedSlot"/>) as canonical recipients with their levels.</summary>
    public IReadOnlyList<Recipient> Recipients =>
        [.. Rows.Where(r => !Sc200Model.IsUnusedSlot(r.Address, r.Level)).Select(r => new Recipient(r.Address, SeverityMapping.FromWire(r.Level)))];

    /// <summary>The least severe level of the used rows; null when no row is used.</summary>
    public AlertSeverity? MinimumSeverity => Recipients.Select(r => r.MinimumSeverity).Where(s => s is not null).Min();

    /// <summary>Parses the answer to a GET of <see cref="Sc200Oids.State"/>.</summary>
    /// <param name="answer">The bindings, in request order.</param>
    /// <returns>The state.</returns>
    public static Sc200WireState Parse(IReadOnlyList<VarBind> answer)
    {
        var n = Sc200Model.ReceiverRows;
        var rows = Enumerable.Range(0, n)
            .Select(i => (Text(answer[4 + i].Value) ?? string.Empty, answer[4 + n + i].Value is Integer32 level ? level.Value : (int)SeverityLevel.None))
            .ToList();
        return new Sc200WireState(
            (answer[0].Value as Integer32)?.Value,
            answer[1].Value is IpAddress ip ? ip.Value.ToString() : null,
            (answer[2].Value as Integer32)?.Value,
            Text(answer[3].Value),
            rows);
    }

    /// <summary>Returns the canonical observation of <paramref name="key"/>.</summary>
    /// <param name="key">A setting of the descriptor.</param>
    /// <returns>The observation.</returns>
    public Observed Observe(SettingKey key)
    {
        static Observed Missing(string what) => new Observed.NotSupported($"this firmware does not answer {what}");
        if (key.Equals(SettingKey.SmtpEnabled))
        {
            return Enabled is { } e ? new Observed.Known(new BooleanValue(e == 1)) : Missing("email-Notifications.0");
        }

        if (key.Equals(SettingKey.SmtpRelay))
        {
            return Relay is { } r ? new Observed.Known(new TextValue(r)) : Missing("smtp-Server-IP-Address.0");
        }

        if (key.Equals(SettingKey.SmtpPort))
        {
            return Port is { } p ? new Observed.Known(new IntegerValue(p)) : Missing("smtp-Server-Port.0");
        }

        if (key.Equals(SettingKey.SmtpFrom))
        {
            return ReturnAddress is { } a ? (a.Length == 0 ? new Observed.Absent() : new Observed.Known(new TextValue(a))) : Missing("email-Return-Address.0");
        }

        if (key.Equals(SettingKey.SmtpRecipients))
        {
            return new Observed.Known(new RecipientsValue(Recipients));
        }

        if (key.Equals(SettingKey.AlertsMinimumSeverity))
        {
            return MinimumSeverity is { } s ? new Observed.Known(new SeverityValue(s)) : new Observed.Absent();
        }

        return new Observed.NotSupported($"the SC200 MIB has no object for {key.Name}");
    }

    private static string? Text(SnmpValue value) => value is OctetString s ? DisplayStringMapping.FromWire(s.AsSpan()) : null;
}
