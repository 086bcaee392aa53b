using Provisioner.Lab.Devices.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.TrippLite;

/// <summary>
/// A PowerAlert e-mail contact table in a <see cref="MibStore"/> with RowStatus semantics (RFC 2579):
/// createAndGo(4) needs the address in the same Set and makes the row active(1); createAndWait(5)
/// makes it notReady(3) until it has an address, then notInService(2); active(1) and notInService(2)
/// on a missing or not-ready row, and createAnd* on an existing row, answer inconsistentValue; setting
/// notReady(3) answers wrongValue; a column of a missing row answers noCreation; destroy(6) removes the
/// row (and is a no-op on a missing one). The count scalar follows the rows. A true(1) in the test column
/// (PowerAlert 15+/20) is handed to the test callback and reads back false(2).
/// </summary>
internal sealed class RowStatusContactTable
{
    private const int Active = 1;
    private const int NotInService = 2;
    private const int NotReady = 3;
    private const int CreateAndGo = 4;
    private const int CreateAndWait = 5;
    private const int Destroy = 6;

    private readonly MibStore store;
    private readonly Oid count;
    private readonly Oid entry;
    private readonly bool unsigned;
    private readonly bool hasTest;
    private readonly Action<string> onTest;
    private readonly bool createAndGo;

    private RowStatusContactTable(MibStore store, Oid count, Oid entry, bool unsigned, bool hasTest, Action<string> onTest, bool createAndGo)
    {
        (this.store, this.count, this.entry, this.unsigned, this.hasTest, this.onTest, this.createAndGo) = (store, count, entry, unsigned, hasTest, onTest, createAndGo);
    }

    private Oid Status => entry.Append(2);

    private Oid Name => entry.Append(3);

    private Oid Address => entry.Append(4);

    private Oid Test => entry.Append(5);

    /// <summary>Adds the count scalar and the table's columns to <paramref name="store"/>, with the given active rows.</summary>
    /// <param name="store">The device store.</param>
    /// <param name="count">The count scalar object OID (without <c>.0</c>).</param>
    /// <param name="entry">The table entry OID.</param>
    /// <param name="unsigned">True for Unsigned32 count and index (TRIPPLITE-PRODUCTS), false for INTEGER (TRIPPLITE-12X).</param>
    /// <param name="hasTest">Whether the test column exists.</param>
    /// <param name="onTest">Called with the row's address when a test mail is requested.</param>
    /// <param name="rows">The initial rows: name and address, active, indexes 1..n.</param>
    /// <param name="createAndGo">False for an agent that does not implement createAndGo (it answers wrongValue, RFC 2579).</param>
    public static void AddTo(MibStore store, Oid count, Oid entry, bool unsigned, bool hasTest, Action<string> onTest, IReadOnlyList<(string Name, string Address)> rows, bool createAndGo = true)
    {
        var table = new RowStatusContactTable(store, count, entry, unsigned, hasTest, onTest, createAndGo);
        store.AddScalar(count, table.Number(0));
        store.AddColumn(entry.Append(1), new MibObjectOptions { Access = MibAccess.ReadOnly, Type = unsigned ? SnmpTag.Gauge32 : SnmpTag.Integer32 });
        store.AddColumn(table.Status, SnmpSystemGroup.Enumeration(Active, NotInService, NotReady, CreateAndGo, CreateAndWait, Destroy) with
        {
            Access = MibAccess.ReadCreate,
            Validator = table.ValidateStatus,
            OnCommit = table.CommitStatus,
        });
        foreach (var column in new[] { table.Name, table.Address })
        {
            store.AddColumn(column, SnmpSystemGroup.Text() with { Access = MibAccess.ReadCreate, Validator = table.ValidateColumn, OnCommit = table.CommitColumn });
        }

        if (hasTest)
        {
            store.AddColumn(table.Test, SnmpSystemGroup.Enumeration(1, 2) with { Validator = table.ValidateTest, OnCommit = table.CommitTest });
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = (uint)(i + 1);
            table.CreateCells(row, Active);
            store.SetCell(table.Name, [row], OctetString.FromString(rows[i].Name));
            store.SetCell(table.Address, [row], OctetString.FromString(rows[i].Address));
        }

        table.UpdateCount();
    }

    private SnmpErrorStatus ValidateStatus(Oid oid, SnmpValue value, IReadOnlyList<VarBind> all)
    {
        if (oid.Length != Status.Length + 1 || oid[^1] == 0)
        {
            return SnmpErrorStatus.NoCreation;
        }

        var row = oid[^1];
        var current = CurrentStatus(row);
        return ((Integer32)value).Value switch
        {
            CreateAndGo when !createAndGo => SnmpErrorStatus.WrongValue,
            CreateAndGo when current is not null => SnmpErrorStatus.InconsistentValue,
            CreateAndGo => HasAddress(row, all) ? SnmpErrorStatus.NoError : SnmpErrorStatus.InconsistentValue,
            CreateAndWait => current is null ? SnmpErrorStatus.NoError : SnmpErrorStatus.InconsistentValue,
            Active or NotInService when current is null => SnmpErrorStatus.InconsistentValue,
            Active or NotInService => current == NotReady && !HasAddress(row, all) ? SnmpErrorStatus.InconsistentValue : SnmpErrorStatus.NoError,
            Destroy => all.Any(b => b.Oid != oid && b.Oid.Length == oid.Length && b.Oid[^1] == row && b.Oid.StartsWith(entry)) ? SnmpErrorStatus.InconsistentValue : SnmpErrorStatus.NoError,
            _ => SnmpErrorStatus.WrongValue,
        };
    }

    private SnmpErrorStatus ValidateColumn(Oid oid, SnmpValue value, IReadOnlyList<VarBind> all)
    {
        if (oid.Length != entry.Length + 2)
        {
            return SnmpErrorStatus.NoCreation;
        }

        var row = oid[^1];
        var creating = all.Any(b => b.Oid == Status.Append(row) && b.Value is Integer32 { Value: CreateAndGo or CreateAndWait });
        return CurrentStatus(row) is null && !creating ? SnmpErrorStatus.NoCreation : SnmpErrorStatus.NoError;
    }

    private SnmpErrorStatus ValidateTest(Oid oid, SnmpValue value, IReadOnlyList<VarBind> all) =>
        value is Integer32 { Value: 1 } && CurrentStatus(oid[^1]) != Active ? SnmpErrorStatus.InconsistentValue : SnmpErrorStatus.NoError;

    private bool CommitStatus(Oid oid, SnmpValue value)
    {
        var row = oid[^1];
        switch (((Integer32)value).Value)
        {
            case CreateAndGo:
                CreateCells(row, Active);
                break;
            case CreateAndWait:
                CreateCells(row, Text(Address.Append(row)).Length > 0 ? NotInService : NotReady);
                break;
            case Destroy:
                foreach (var column in new[] { entry.Append(1), Status, Name, Address, Test })
                {
                    store.Remove(column.Append(row));
                }

                break;
        }

        UpdateCount();
        return true;
    }

    private bool CommitColumn(Oid oid, SnmpValue value)
    {
        var row = oid[^1];
        if (CurrentStatus(row) == NotReady && Text(Address.Append(row)).Length > 0)
        {
            store.SetValue(Status.Append(row), new Integer32(NotInService));
        }

        return true;
    }

    private bool CommitTest(Oid oid, SnmpValue value)
    {
        if (value is Integer32 { Value: 1 })
        {
            onTest(Text(Address.Append(oid[^1])));
            store.SetValue(oid, new Integer32(2));
        }

        return true;
    }

    private void CreateCells(uint row, int status)
    {
        store.SetCell(entry.Append(1), [row], Number(row));
        store.SetCell(Status, [row], new Integer32(status));
        foreach (var column in new[] { Name, Address })
        {
            if (!store.TryGetValue(column.Append(row), out _))
            {
                store.SetCell(column, [row], OctetString.Empty);
            }
        }

        if (hasTest)
        {
            store.SetCell(Test, [row], new Integer32(2));
        }
    }

    private void UpdateCount()
    {
        uint rows = 0;
        for (var next = store.GetNext(Status); next.Oid.StartsWith(Status); next = store.GetNext(next.Oid))
        {
            rows++;
        }

        store.SetValue(count.Append(0), Number(rows));
    }

    private int? CurrentStatus(uint row) => store.TryGetValue(Status.Append(row), out var v) && v is Integer32 i ? i.Value : null;

    private bool HasAddress(uint row, IReadOnlyList<VarBind> all) =>
        all.Any(b => b.Oid == Address.Append(row) && b.Value is OctetString { Length: > 0 }) || Text(Address.Append(row)).Length > 0;

    private string Text(Oid instance) => store.TryGetValue(instance, out var v) && v is OctetString s ? s.ToString() : string.Empty;

    private SnmpValue Number(uint n) => unsigned ? new Gauge32(n) : new Integer32((int)n);
}
