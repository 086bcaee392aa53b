using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// <c>smtp.recipients</c> in fixed table rows without RowStatus, each row an address and its own
/// severity level (Eaton SC200/SC300 <c>email-Receiver-Table</c>). A row is used when its address is not
/// empty and its level is not the unused one. Writing puts recipient <c>i</c> into row <c>i</c> with its
/// level (or the device's minimum severity when it has none) and clears the rows after the list to an
/// empty address and the unused level.
/// </summary>
public sealed class LeveledSlotRecipientsSetting : SnmpSetting
{
    private readonly IReadOnlyList<Oid> addresses;
    private readonly IReadOnlyList<Oid> levels;
    private readonly DisplayStringCodec codec;

    /// <summary>Creates the setting.</summary>
    /// <param name="descriptor">The descriptor; its <see cref="SettingConstraints.MaxItems"/> should be the row count.</param>
    /// <param name="addresses">The address instance of each row, in order.</param>
    /// <param name="levels">The level instance of each row, same order.</param>
    /// <param name="levelCodec">The level values.</param>
    /// <param name="codec">The size of each address.</param>
    public LeveledSlotRecipientsSetting(SettingDescriptor descriptor, IReadOnlyList<Oid> addresses, IReadOnlyList<Oid> levels, SlotLevelCodec levelCodec, DisplayStringCodec codec)
        : base(descriptor)
    {
        this.addresses = addresses ?? throw new ArgumentNullException(nameof(addresses));
        this.levels = levels ?? throw new ArgumentNullException(nameof(levels));
        Levels = levelCodec ?? throw new ArgumentNullException(nameof(levelCodec));
        this.codec = codec ?? throw new ArgumentNullException(nameof(codec));
        ArgumentOutOfRangeException.ThrowIfZero(addresses.Count);
        if (levels.Count != addresses.Count)
        {
            throw new ArgumentException("Every row needs an address and a level instance.", nameof(levels));
        }

        Objects = [.. addresses, .. levels];
    }

    /// <summary>The level values.</summary>
    public SlotLevelCodec Levels { get; }

    /// <summary>The level instance of each row.</summary>
    public IReadOnlyList<Oid> LevelObjects => levels;

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => Objects;

    /// <inheritdoc/>
    public override bool EncodeNeedsCurrent => true;

    /// <summary>Every row as read: normalised address and level (the unused level when the agent lacks it).</summary>
    /// <param name="fetch">A read covering <see cref="ReadObjects"/>.</param>
    /// <returns>The rows, in order.</returns>
    public IReadOnlyList<(string Address, int Level)> Rows(SnmpFetch fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var rows = new (string Address, int Level)[addresses.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = RowAt(fetch, i);
        }

        return rows;
    }

    /// <summary>Whether a row holds no recipient: an empty address, or the unused level.</summary>
    /// <param name="row">The row.</param>
    /// <returns>True when unused.</returns>
    public bool IsUnused((string Address, int Level) row) => row.Address.Length == 0 || row.Level == Levels.Unused;

    /// <summary>The used rows as canonical recipients with their levels.</summary>
    /// <param name="fetch">A read covering <see cref="ReadObjects"/>.</param>
    /// <returns>The recipients, in row order.</returns>
    public IReadOnlyList<Recipient> Recipients(SnmpFetch fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var recipients = new List<Recipient>(addresses.Count);
        for (var i = 0; i < addresses.Count; i++)
        {
            var row = RowAt(fetch, i);
            if (!IsUnused(row))
            {
                recipients.Add(new Recipient(row.Address, Levels.FromWire(row.Level)));
            }
        }

        return recipients;
    }

    /// <summary>The least severe level of the used rows; null when no row is used.</summary>
    /// <param name="fetch">A read covering <see cref="ReadObjects"/>.</param>
    /// <returns>The minimum severity or null.</returns>
    public AlertSeverity? MinimumSeverity(SnmpFetch fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        AlertSeverity? least = null;
        for (var i = 0; i < addresses.Count; i++)
        {
            var row = RowAt(fetch, i);
            if (!IsUnused(row) && Levels.FromWire(row.Level) is { } severity && (least is null || severity < least))
            {
                least = severity;
            }
        }

        return least;
    }

    private (string Address, int Level) RowAt(SnmpFetch fetch, int row) =>
        (fetch[addresses[row]] is OctetString s ? DisplayStringCodec.FromWire(s.AsSpan()) : string.Empty, SlotLevelCodec.Decode(fetch[levels[row]]) ?? Levels.Unused);

    /// <inheritdoc/>
    public override ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        if (fetch[addresses[0]].IsException)
        {
            return ValueTask.FromResult<Observed>(new Observed.NotSupported($"the device lacks a recipient row ({addresses[0]} …)"));
        }

        var recipients = Recipients(fetch);
        return ValueTask.FromResult<Observed>(recipients.Count == 0 ? new Observed.Absent() : new Observed.Known(new RecipientsValue(recipients)));
    }

    /// <inheritdoc/>
    public override SnmpEncoding Encode(SettingChange change, SnmpWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(context);
        var encoding = new SnmpEncoding(Key);
        var list = change.Value is RecipientsValue r ? r.Value : [];
        if (list.Count > addresses.Count)
        {
            encoding.Refuse(Key.Name, $"the device has {addresses.Count} recipient row(s), the inventory gives {list.Count}; use a distribution group");
            return encoding;
        }

        var inherited = (context.ChangeOf(SettingKey.AlertsMinimumSeverity)?.Value as SeverityValue)?.Value
            ?? (context.Current is { } current ? MinimumSeverity(current) : null)
            ?? AlertSeverity.Warning;
        for (var row = 0; row < addresses.Count; row++)
        {
            var path = Key.PathAt(row);
            var address = row < list.Count ? list[row].Address.Trim() : string.Empty;
            var level = row < list.Count ? Levels.ToWire(list[row].MinimumSeverity ?? inherited) : Levels.UnusedLevel;
            if (level is null && row < list.Count)
            {
                encoding.Refuse(path, Levels.CannotExpress(list[row].MinimumSeverity ?? inherited), "snmp.severityNotExpressible");
                continue;
            }

            try
            {
                encoding.Add(path, addresses[row], OctetString.FromString(codec.Check(address)));
                if (level is { } wire)
                {
                    encoding.Add(path, levels[row], Levels.Encode(wire));
                }
            }
            catch (SnmpCodecException ex)
            {
                encoding.Refuse(path, ex.Message, ex.Code);
            }
        }

        return encoding;
    }
}
