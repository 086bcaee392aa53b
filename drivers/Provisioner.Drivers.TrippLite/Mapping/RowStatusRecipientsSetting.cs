using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;
using RowStatus = Provisioner.Drivers.TrippLite.Oids.RowStatus;

namespace Provisioner.Drivers.TrippLite;

/// <summary>
/// <c>smtp.recipients</c> as rows of a PowerAlert e-mail contact table (RowStatus, RFC 2579). Reading
/// lists the active rows with an address, by row index. Writing walks the desired list against the rows
/// in index order: a row that already holds the address is left alone; a row holding another address is
/// updated with notInService(2) → name and address → active(1); missing rows are created after the last
/// index with createAndGo(4) and name + address in one Set, falling back to createAndWait(5) → name and
/// address → active(1) when the agent refuses createAndGo; rows beyond the list are destroyed(6).
/// </summary>
internal sealed class RowStatusRecipientsSetting(SettingDescriptor descriptor, ContactTable table) : SnmpSetting(descriptor)
{
    private readonly DisplayStringCodec text = new(PowerAlertSettings.TextLength);

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects => table.WritableColumns;

    /// <summary>The contact name written with an address: its local part, e.g. <c>alerts-newyork-power</c>.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The name.</returns>
    public static string NameFor(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? address[..at] : address;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => [table.Count];

    /// <inheritdoc/>
    public override async ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        if (fetch[table.Count].IsException)
        {
            return new Observed.NotSupported($"the device has no e-mail contact table ({table.Entry})");
        }

        var rows = await ContactTableReader.ReadRowsAsync(fetch.Channel, table, cancellationToken);

        var live = rows.Where(r => r.IsLive).Select(r => new Recipient(r.Address)).ToList();
        return live.Count == 0 ? new Observed.Absent() : new Observed.Known(new RecipientsValue(live));
    }

    /// <inheritdoc/>
    public override async Task<WriteStatus> WriteAsync(SnmpChannel channel, SettingChange change, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(change);
        var desired = change.Value is RecipientsValue r ? r.Value : [];
        for (var i = 0; i < desired.Count; i++)
        {
            try
            {
                text.Check(desired[i].Address.Trim());
            }
            catch (SnmpCodecException ex)
            {
                return RejectBeforeWrite(diagnostics, Key.PathAt(i), ex.Message);
            }
        }

        var rows = await ContactTableReader.ReadAsync(channel, table, cancellationToken)
            ?? throw new DeviceProtocolException($"{channel.DeviceName}: the e-mail contact table {table.Entry} disappeared.") { Endpoint = channel.Endpoint };
        var next = rows.Count == 0 ? 1u : rows[^1].Index + 1;
        for (var i = 0; i < Math.Max(desired.Count, rows.Count); i++)
        {
            var path = Key.PathAt(Math.Min(i, Math.Max(desired.Count - 1, 0)));
            SnmpSetOutcome outcome;
            if (i >= desired.Count)
            {
                outcome = await SetAsync(channel, [Status(rows[i].Index, RowStatus.Destroy)], cancellationToken);
                path = Key.Name;
            }
            else if (i >= rows.Count)
            {
                outcome = await CreateAsync(channel, next++, desired[i].Address.Trim(), cancellationToken);
            }
            else if (rows[i].IsLive && string.Equals(rows[i].Address, desired[i].Address.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            else
            {
                outcome = await UpdateAsync(channel, rows[i], desired[i].Address.Trim(), cancellationToken);
            }

            if (!outcome.IsSuccess)
            {
                return RejectedByAgent(diagnostics, path, outcome);
            }
        }

        return WriteStatus.Applied;
    }

    private async Task<SnmpSetOutcome> CreateAsync(SnmpChannel channel, uint row, string address, CancellationToken cancellationToken)
    {
        var go = await SetAsync(channel, [Status(row, RowStatus.CreateAndGo), .. Columns(row, address)], cancellationToken);
        if (go.Status is not (SnmpErrorStatus.WrongValue or SnmpErrorStatus.InconsistentValue) || go.FailedOid != ContactTable.Cell(table.StatusColumn, row))
        {
            return go;
        }

        // The agent does not take createAndGo: create the row waiting, fill it, then activate it.
        return await SequenceAsync(channel, cancellationToken, [Status(row, RowStatus.CreateAndWait)], Columns(row, address), [Status(row, RowStatus.Active)]);
    }

    private Task<SnmpSetOutcome> UpdateAsync(SnmpChannel channel, ContactRow row, string address, CancellationToken cancellationToken) =>
        row.Status == RowStatus.Active
            ? SequenceAsync(channel, cancellationToken, [Status(row.Index, RowStatus.NotInService)], Columns(row.Index, address), [Status(row.Index, RowStatus.Active)])
            : SequenceAsync(channel, cancellationToken, Columns(row.Index, address), [Status(row.Index, RowStatus.Active)]);

    private static async Task<SnmpSetOutcome> SequenceAsync(SnmpChannel channel, CancellationToken cancellationToken, params VarBind[][] steps)
    {
        foreach (var step in steps)
        {
            var outcome = await SetAsync(channel, step, cancellationToken);
            if (!outcome.IsSuccess)
            {
                return outcome;
            }
        }

        return SnmpSetOutcome.Success;
    }

    private static Task<SnmpSetOutcome> SetAsync(SnmpChannel channel, IReadOnlyList<VarBind> bindings, CancellationToken cancellationToken) =>
        channel.SetAsync(bindings, cancellationToken);

    private VarBind Status(uint row, int value) => new(ContactTable.Cell(table.StatusColumn, row), new Integer32(value));

    private VarBind[] Columns(uint row, string address) =>
    [
        new(ContactTable.Cell(table.NameColumn, row), OctetString.FromString(text.Check(NameFor(address)))),
        new(ContactTable.Cell(table.AddressColumn, row), OctetString.FromString(address)),
    ];
}
