using Provisioner.Lab.Devices.TrippLite;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Devices.TrippLite;

/// <summary>RowStatus semantics of the contact table (RFC 2579), on the PowerAlert 12 table of the real walk.</summary>
public sealed class PowerAlertLabModelTests
{
    private static readonly Oid Entry = Oid.Parse("1.3.6.1.4.1.850.90.1.1.1.2.1");
    private static readonly Oid Count = Oid.Parse("1.3.6.1.4.1.850.90.1.1.1.1.0");

    [Fact]
    public void Create_WalkRows_AreActiveAndCounted()
    {
        var store = PowerAlertLabModel.CreatePowerAlert12("ups").Store;

        Assert.Equal(new Integer32(1), store.Get(Cell(2, 1)));
        Assert.Equal("john@example.com", store.Get(Cell(4, 2)).ToString());
        Assert.Equal(new Integer32(2), store.Get(Count));
    }

    [Fact]
    public void Set_CreateAndGoWithoutAddress_IsInconsistentValue() =>
        Assert.Equal(SnmpErrorStatus.InconsistentValue, Set(Store(), (Cell(2, 3), new Integer32(4))).Status);

    [Fact]
    public void Set_CreateAndGoOnExistingRow_IsInconsistentValue() =>
        Assert.Equal(SnmpErrorStatus.InconsistentValue, Set(Store(), (Cell(2, 1), new Integer32(4)), (Cell(4, 1), OctetString.FromString("a@contoso.com"))).Status);

    [Fact]
    public void Set_ColumnOfMissingRow_IsNoCreation() =>
        Assert.Equal(SnmpErrorStatus.NoCreation, Set(Store(), (Cell(4, 9), OctetString.FromString("a@contoso.com"))).Status);

    [Fact]
    public void Set_ActiveOnMissingRow_IsInconsistentValue() =>
        Assert.Equal(SnmpErrorStatus.InconsistentValue, Set(Store(), (Cell(2, 9), new Integer32(1))).Status);

    [Fact]
    public void Set_NotReady_IsWrongValue() =>
        Assert.Equal(SnmpErrorStatus.WrongValue, Set(Store(), (Cell(2, 1), new Integer32(3))).Status);

    [Fact]
    public void Set_CreateAndGoWithAddress_MakesAnActiveRow()
    {
        var store = Store();

        Assert.True(Set(store, (Cell(2, 3), new Integer32(4)), (Cell(3, 3), OctetString.FromString("ops")), (Cell(4, 3), OctetString.FromString("ops@contoso.com"))).IsSuccess);

        Assert.Equal(new Integer32(1), store.Get(Cell(2, 3)));
        Assert.Equal(new Integer32(3), store.Get(Count));
    }

    [Fact]
    public void Set_CreateAndWait_IsNotReadyUntilAddressThenNotInServiceThenActive()
    {
        var store = Store();

        Assert.True(Set(store, (Cell(2, 3), new Integer32(5))).IsSuccess);
        Assert.Equal(new Integer32(3), store.Get(Cell(2, 3)));
        Assert.Equal(SnmpErrorStatus.InconsistentValue, Set(store, (Cell(2, 3), new Integer32(1))).Status);
        Assert.True(Set(store, (Cell(4, 3), OctetString.FromString("ops@contoso.com"))).IsSuccess);
        Assert.Equal(new Integer32(2), store.Get(Cell(2, 3)));
        Assert.True(Set(store, (Cell(2, 3), new Integer32(1))).IsSuccess);
        Assert.Equal(new Integer32(1), store.Get(Cell(2, 3)));
    }

    [Fact]
    public void Set_Destroy_RemovesTheRowAndMissingRowIsNoError()
    {
        var store = Store();

        Assert.True(Set(store, (Cell(2, 2), new Integer32(6))).IsSuccess);
        Assert.True(Set(store, (Cell(2, 9), new Integer32(6))).IsSuccess);

        Assert.IsType<NoSuchInstance>(store.Get(Cell(4, 2)));
        Assert.Equal(new Integer32(1), store.Get(Count));
    }

    [Fact]
    public void Set_DestroyWithColumnOfSameRow_IsInconsistentValue() =>
        Assert.Equal(SnmpErrorStatus.InconsistentValue, Set(Store(), (Cell(2, 1), new Integer32(6)), (Cell(4, 1), OctetString.FromString("x@contoso.com"))).Status);

    [Fact]
    public void Set_TestOnPowerAlert20_RecordsTheMailAndReadsBackFalse()
    {
        var model = PowerAlertLabModel.CreatePowerAlert20("ups");
        var test = Oid.Parse("1.3.6.1.4.1.850.1.2.3.1.2.1.5.1");

        Assert.True(Set(model.Store, (test, new Integer32(1))).IsSuccess);

        Assert.Equal(["notifications@example.com"], model.TestMails);
        Assert.Equal(new Integer32(2), model.Store.Get(test));
    }

    private static Provisioner.Snmp.Agent.MibStore Store() => PowerAlertLabModel.CreatePowerAlert12("ups").Store;

    private static Oid Cell(uint column, uint row) => Entry.Append(column, row);

    private static Provisioner.Snmp.Agent.SetResult Set(Provisioner.Snmp.Agent.MibStore store, params (Oid Oid, SnmpValue Value)[] bindings)
    {
        var list = bindings.Select(b => new VarBind(b.Oid, b.Value)).ToList();
        var check = store.Validate(list);
        return check.IsSuccess ? store.Commit(list) : check;
    }
}
