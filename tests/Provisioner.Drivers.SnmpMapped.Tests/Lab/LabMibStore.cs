using Provisioner.Lab.Mib;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Tests.Lab;

/// <summary>Serves a lab device's <see cref="LabMib"/> through our <see cref="SnmpAgent"/>; the MIB can be swapped to reset the device between tests.</summary>
internal sealed class LabMibStore(LabMib mib) : IMibStore
{
    private LabMib mib = mib;

    public LabMib Mib
    {
        get => Volatile.Read(ref mib);
        set => Volatile.Write(ref mib, value);
    }

    public SnmpValue Get(Oid oid) => Mib.Get(oid);

    public VarBind GetNext(Oid oid) => Mib.GetNext(oid);

    public SetResult Validate(IReadOnlyList<VarBind> varBinds) => ((IMibStore)Mib).Validate(varBinds);

    public SetResult Commit(IReadOnlyList<VarBind> varBinds) => ((IMibStore)Mib).Commit(varBinds);
}
