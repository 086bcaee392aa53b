using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.TrippLite;
using Provisioner.Lab.Mib;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Mib;

public sealed class LabMibBackedTests
{
    private static readonly Oid Entry = Oid.Parse("1.3.6.1.4.1.850.90.1.1.1.2.1");

    [Fact]
    public void Set_RejectedColumn_IsWrongValueForEveryRow()
    {
        var faults = new DeviceFaults();
        var mib = Create(faults);
        faults.RejectedObjects.Add(Entry.Append(4).ToString());

        Assert.Equal(SnmpErrorStatus.WrongValue, mib.Set([new VarBind(Entry.Append(4, 2), OctetString.FromString("x@contoso.com"))]).Status);
    }

    [Fact]
    public void Set_LostWrite_IsLoggedAsNotKeptAndValueUnchanged()
    {
        var faults = new DeviceFaults();
        var mib = Create(faults);
        faults.LostWrites.Add(Entry.Append(4, 1).ToString());

        Assert.True(mib.Set([new VarBind(Entry.Append(4, 1), OctetString.FromString("x@contoso.com"))]).IsSuccess);

        Assert.False(Assert.Single(mib.WriteLog).Stored);
        Assert.Equal("notifications@example.com", mib.Get(Entry.Append(4, 1)).ToString());
    }

    [Fact]
    public void ExportImport_CreatedRow_RoundTrips()
    {
        var mib = Create(new DeviceFaults());
        Assert.True(mib.Set([new VarBind(Entry.Append(2, 3), new Integer32(4)), new VarBind(Entry.Append(4, 3), OctetString.FromString("ops@contoso.com"))]).IsSuccess);
        var saved = mib.Export();
        var fresh = Create(new DeviceFaults());

        fresh.Import(saved);

        Assert.Equal(saved, fresh.Export());
    }

    private static LabMib Create(DeviceFaults faults) => new(PowerAlertLabModel.CreatePowerAlert12("ups").Store, faults, TimeProvider.System);
}
