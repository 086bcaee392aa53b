using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Eaton;
using Provisioner.Lab.Mib;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Mib;

public sealed class LabMibWriteLogTests
{
    private static readonly Oid Port = Oid.Parse("1.3.6.1.4.1.1918.2.13.10.30.65.30.0");

    [Fact]
    public void Set_ManyMoreThanTheCapacity_KeepsOnlyTheLastEntriesButCountsAll()
    {
        var mib = new Sc200LabModel("DCP-TEST-01", _ => null, new DeviceFaults(), TimeProvider.System).Mib;
        const int sets = 100_000;

        for (var i = 0; i < sets; i++)
        {
            Assert.True(mib.Set([new VarBind(Port, new Integer32(1 + (i % 60_000)))]).IsSuccess);
        }

        var log = mib.WriteLog;
        Assert.Equal(LabMib.WriteLogCapacity, log.Count);
        Assert.Equal(sets, mib.WritesLogged);
        Assert.Equal(new Integer32(1 + ((sets - 1) % 60_000)), log[^1].Value);
        Assert.Equal(new Integer32(1 + ((sets - LabMib.WriteLogCapacity) % 60_000)), log[0].Value);
    }

    [Fact]
    public void ClearWriteLog_ForgetsEntriesAndCount()
    {
        var mib = new Sc200LabModel("DCP-TEST-01", _ => null, new DeviceFaults(), TimeProvider.System).Mib;
        mib.Set([new VarBind(Port, new Integer32(587))]);

        mib.ClearWriteLog();

        Assert.Empty(mib.WriteLog);
        Assert.Equal(0, mib.WritesLogged);
    }
}
