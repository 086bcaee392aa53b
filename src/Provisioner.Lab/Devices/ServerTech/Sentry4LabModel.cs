using Provisioner.Lab.Devices.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.ServerTech;

/// <summary>
/// A simulated Server Technology Sentry4 (sysObjectID <c>.1718.4</c>, sysDescr <c>Sentry Smart PDU</c>, as in
/// librenms <c>sentry4.snmprec</c>) with the Sentry4-MIB event configuration rows of one unit: unit, input
/// cord, two lines, two branches, eight outlets, one temperature and one humidity sensor. Each
/// <c>st4*Notifications</c> cell is BITS { snmpTrap(0), email(1) } as a one-octet OCTET STRING; a value
/// longer than one octet answers wrongLength, one with an undefined bit (0x3F) wrongValue. The real walks
/// record <c>C0</c> (both bits); this lab starts with the outlets at <c>80</c> (trap only).
/// </summary>
public static class Sentry4LabModel
{
    /// <summary>sysDescr of the real walk.</summary>
    public const string SysDescr = "Sentry Smart PDU";

    /// <summary>sysObjectID of Sentry4 products.</summary>
    public const string SysObjectId = "1.3.6.1.4.1.1718.4";

    private static readonly Oid Objects = Oid.Parse("1.3.6.1.4.1.1718.4.1");

    /// <summary>Creates the device's store at its initial configuration.</summary>
    /// <param name="name">sysName.</param>
    /// <returns>The store.</returns>
    public static MibStore CreateStore(string name)
    {
        var store = SnmpSystemGroup.AddTo(new MibStore(), SysDescr, SysObjectId, name);
        var options = new MibObjectOptions
        {
            Access = MibAccess.ReadWrite,
            Type = SnmpTag.OctetString,
            Constraint = new MibConstraint { MaxSize = 1 },
            Validator = (_, value, _) => value is OctetString { Length: 1 } s && (s.AsSpan()[0] & 0x3F) != 0 ? SnmpErrorStatus.WrongValue : SnmpErrorStatus.NoError,
        };
        void Rows(uint group, byte bits, params uint[][] indexes)
        {
            var column = Objects.Append(group, 4, 1, 1);
            store.AddColumn(column, options);
            foreach (var index in indexes)
            {
                store.SetCell(column, index, new OctetString([bits]));
            }
        }

        Rows(2, 0xC0, [1]);
        Rows(3, 0xC0, [1, 1]);
        Rows(4, 0xC0, [1, 1, 1], [1, 1, 2]);
        Rows(7, 0xC0, [1, 1, 1], [1, 1, 2]);
        Rows(8, 0x80, [.. Enumerable.Range(1, 8).Select(o => new uint[] { 1, 1, (uint)o })]);
        Rows(9, 0xC0, [1, 1]);
        Rows(10, 0xC0, [1, 1]);
        return store;
    }
}
