using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.TrippLite;

/// <summary>Reads the rows of a contact table by walking its RowStatus and address columns.</summary>
internal static class ContactTableReader
{
    /// <summary>Reads every row, ordered by index; null when the device has no such table.</summary>
    public static async Task<IReadOnlyList<ContactRow>?> ReadAsync(SnmpChannel channel, ContactTable table, CancellationToken cancellationToken)
    {
        if ((await channel.GetAsync(table.Count, cancellationToken)).IsException)
        {
            return null;
        }

        return await ReadRowsAsync(channel, table, cancellationToken);
    }

    /// <summary>Reads every row of a table the device has (its count object answered), ordered by index.</summary>
    public static async Task<IReadOnlyList<ContactRow>> ReadRowsAsync(SnmpChannel channel, ContactTable table, CancellationToken cancellationToken)
    {
        var statuses = Column(await channel.WalkAsync(table.StatusColumn, cancellationToken), table.StatusColumn);
        var addresses = Column(await channel.WalkAsync(table.AddressColumn, cancellationToken), table.AddressColumn);
        return [.. statuses.OrderBy(s => s.Key).Select(s => new ContactRow(
            s.Key,
            s.Value is Integer32 i ? i.Value : throw new DeviceProtocolException($"{channel.DeviceName}: RowStatus of contact row {s.Key} answered {s.Value.Tag}.") { Endpoint = channel.Endpoint },
            addresses.TryGetValue(s.Key, out var a) && a is OctetString text ? DisplayStringCodec.FromWire(text.AsSpan()) : string.Empty))];
    }

    private static Dictionary<uint, SnmpValue> Column(IReadOnlyList<VarBind> bindings, Oid column) =>
        bindings.Where(b => b.Oid.Length == column.Length + 1 && b.Oid.StartsWith(column) && !b.Value.IsException)
            .ToDictionary(b => b.Oid[^1], b => b.Value);
}
