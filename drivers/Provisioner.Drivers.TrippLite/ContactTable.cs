using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.TrippLite;

/// <summary>
/// One e-mail contact table: the count scalar and the entry, whose columns are 1 index (read-only),
/// 2 RowStatus (read-write), 3 name, 4 address (DisplayString, read-write) and, on PowerAlert 15+/20,
/// 5 test (TruthValue, "set to TRUE to send a test email").
/// </summary>
/// <param name="Count">The number-of-contacts scalar instance.</param>
/// <param name="Entry">The table entry OID.</param>
/// <param name="HasTestColumn">Whether column 5 (test) exists.</param>
public sealed record ContactTable(Oid Count, Oid Entry, bool HasTestColumn)
{
    /// <summary>Column 2, RowStatus.</summary>
    public Oid StatusColumn => Entry.Append(2);

    /// <summary>Column 3, name.</summary>
    public Oid NameColumn => Entry.Append(3);

    /// <summary>Column 4, address.</summary>
    public Oid AddressColumn => Entry.Append(4);

    /// <summary>Column 5, test (PowerAlert 15+/20 only).</summary>
    public Oid TestColumn => Entry.Append(5);

    /// <summary>The writable columns, for write logs and faults.</summary>
    public IReadOnlyList<Oid> WritableColumns => HasTestColumn ? [StatusColumn, NameColumn, AddressColumn, TestColumn] : [StatusColumn, NameColumn, AddressColumn];

    /// <summary>The instance of <paramref name="column"/> in row <paramref name="row"/>.</summary>
    /// <param name="column">A column OID.</param>
    /// <param name="row">The row index.</param>
    /// <returns>The instance OID.</returns>
    public static Oid Cell(Oid column, uint row) => (column ?? throw new ArgumentNullException(nameof(column))).Append(row);
}
