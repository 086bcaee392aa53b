using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// <c>alerts.minimum_severity</c> on a device that only has per-recipient levels
/// (<see cref="LeveledSlotRecipientsSetting"/>): read as the least severe level of the used rows; written
/// through the rows' levels. When the recipients are written in the same request they carry it already;
/// otherwise every used row whose level is the old minimum (all used rows when there was none) gets the new one.
/// </summary>
/// <param name="descriptor">The descriptor.</param>
/// <param name="recipients">The recipient rows that hold the levels.</param>
public sealed class SlotLevelMinimumSeveritySetting(SettingDescriptor descriptor, LeveledSlotRecipientsSetting recipients) : SnmpSetting(descriptor)
{
    private readonly LeveledSlotRecipientsSetting rows = recipients ?? throw new ArgumentNullException(nameof(recipients));

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects => rows.LevelObjects;

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => rows.ReadObjects;

    /// <inheritdoc/>
    public override bool EncodeNeedsCurrent => true;

    /// <inheritdoc/>
    public override ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Observed>(rows.MinimumSeverity(fetch) is { } severity ? new Observed.Known(new SeverityValue(severity)) : new Observed.Absent());

    /// <inheritdoc/>
    public override SnmpEncoding Encode(SettingChange change, SnmpWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        var encoding = new SnmpEncoding(Key);
        if (context.ChangeOf(SettingKey.SmtpRecipients) is not null || change.Value is not SeverityValue { Value: var severity })
        {
            return encoding;
        }

        if (rows.Levels.ToWire(severity) is not { } level)
        {
            encoding.Refuse(Key.Name, rows.Levels.CannotExpress(severity), "snmp.severityNotExpressible");
            return encoding;
        }

        var current = context.Current ?? throw new ArgumentException("The current rows are needed to change the minimum severity.", nameof(context));
        var old = rows.MinimumSeverity(current) is { } m ? rows.Levels.ToWire(m) : null;
        var read = rows.Rows(current);
        for (var row = 0; row < read.Count; row++)
        {
            if (!rows.IsUnused(read[row]) && (old is null || read[row].Level == old))
            {
                encoding.Add(Key.Name, rows.LevelObjects[row], rows.Levels.Encode(level));
            }
        }

        return encoding;
    }
}
