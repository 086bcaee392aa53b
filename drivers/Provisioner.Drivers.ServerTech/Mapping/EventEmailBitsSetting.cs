using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.ServerTech;

/// <summary>
/// <c>smtp.enabled</c> on a Sentry4: the <c>email(1)</c> bit of every <c>st4*Notifications</c> row (BITS,
/// one octet on the wire: snmpTrap = 0x80, email = 0x40). Enabled when every event row has the bit.
/// Writing sets or clears only that bit in the rows that differ, keeping the snmpTrap bit and any other
/// octets as read, in Sets of at most <see cref="BindingsPerSet"/> bindings.
/// </summary>
internal sealed class EventEmailBitsSetting(SettingDescriptor descriptor) : SnmpSetting(descriptor)
{
    /// <summary>The most bindings per Set, to stay well under an agent's message size.</summary>
    public const int BindingsPerSet = 16;

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> Objects => Oids.NotificationColumns;

    /// <summary>Whether a BITS value has <c>email(1)</c>.</summary>
    /// <param name="bits">The octets.</param>
    /// <returns>True when set.</returns>
    public static bool HasEmail(ReadOnlySpan<byte> bits) => bits.Length > 0 && (bits[0] & Oids.EmailBit) != 0;

    /// <summary>Returns <paramref name="bits"/> with <c>email(1)</c> set or cleared, other bits kept; at least one octet.</summary>
    /// <param name="bits">The octets as read.</param>
    /// <param name="email">The wanted state.</param>
    /// <returns>The new octets.</returns>
    public static byte[] WithEmail(ReadOnlySpan<byte> bits, bool email)
    {
        var result = bits.Length == 0 ? new byte[1] : bits.ToArray();
        result[0] = email ? (byte)(result[0] | Oids.EmailBit) : (byte)(result[0] & ~Oids.EmailBit);
        return result;
    }

    /// <summary>Reads every event row.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="cancellationToken">Cancels the walks.</param>
    /// <returns>The rows with their BITS octets.</returns>
    public static async Task<IReadOnlyList<VarBind>> ReadRowsAsync(SnmpChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var rows = new List<VarBind>();
        foreach (var column in Oids.NotificationColumns)
        {
            rows.AddRange((await channel.WalkAsync(column, cancellationToken)).Where(b => b.Oid.StartsWith(column) && b.Value is OctetString));
        }

        return rows;
    }

    /// <summary>Writes <paramref name="bindings"/> in Sets of <see cref="BindingsPerSet"/>.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="bindings">The bindings.</param>
    /// <param name="cancellationToken">Cancels the Sets.</param>
    /// <returns>Success, or the first refusal.</returns>
    public static async Task<SnmpSetOutcome> WriteRowsAsync(SnmpChannel channel, IReadOnlyList<VarBind> bindings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        foreach (var chunk in bindings.Chunk(BindingsPerSet))
        {
            var outcome = await channel.SetAsync(chunk, cancellationToken);
            if (!outcome.IsSuccess)
            {
                return outcome;
            }
        }

        return SnmpSetOutcome.Success;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<Oid> ReadObjects => [];

    /// <inheritdoc/>
    public override async ValueTask<Observed> ReadAsync(SnmpFetch fetch, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var rows = await ReadRowsAsync(fetch.Channel, cancellationToken);
        if (rows.Count == 0)
        {
            return new Observed.NotSupported("the device answers no st4*Notifications row (Sentry4-MIB event configuration)");
        }

        return new Observed.Known(new BooleanValue(rows.All(r => HasEmail(((OctetString)r.Value).AsSpan()))));
    }

    /// <inheritdoc/>
    public override async Task<WriteStatus> WriteAsync(SnmpChannel channel, SettingChange change, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Value is not BooleanValue { Value: var email })
        {
            return RejectBeforeWrite(diagnostics, Key.Name, "expected true or false");
        }

        var rows = await ReadRowsAsync(channel, cancellationToken);
        var changes = rows
            .Where(r => HasEmail(((OctetString)r.Value).AsSpan()) != email)
            .Select(r => new VarBind(r.Oid, new OctetString(WithEmail(((OctetString)r.Value).AsSpan(), email))))
            .ToList();
        var outcome = await WriteRowsAsync(channel, changes, cancellationToken);
        return outcome.IsSuccess ? WriteStatus.Applied : RejectedByAgent(diagnostics, Key.Name, outcome);
    }
}
