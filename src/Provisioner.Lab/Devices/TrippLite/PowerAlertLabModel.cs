using Provisioner.Lab.Devices.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.TrippLite;

/// <summary>
/// A simulated Tripp Lite PowerAlert: the SNMPv2-MIB system group as the real walks report it and the
/// e-mail contact table with RowStatus semantics. PowerAlert 12 (TRIPPLITE-12X, librenms
/// <c>poweralert_2.snmprec</c>: sysObjectID <c>.850.1</c>, sysDescr <c>POWERALERT 12</c>, rows "IT Notify"
/// and "john doe") has no test column; PowerAlert 20 (TRIPPLITE-PRODUCTS, <c>poweralert_pdu.snmprec</c>:
/// sysObjectID <c>.850.1.1.1</c>) has one and records each requested test mail in <see cref="TestMails"/>.
/// </summary>
public sealed class PowerAlertLabModel
{
    /// <summary>sysDescr of the PowerAlert 12 walk.</summary>
    public const string PowerAlert12SysDescr = "POWERALERT 12";

    /// <summary>sysDescr of the PowerAlert 20 walk.</summary>
    public const string PowerAlert20SysDescr = "Ubuntu 18.04 Linux 4.4.31 flash: 3.34G ram: 506844kB processor: armv7l software: PowerAlert 20.2.1 (Build 942)";

    private readonly List<string> testMails = [];

    private PowerAlertLabModel(MibStore store) => Store = store;

    /// <summary>The device's store.</summary>
    public MibStore Store { get; }

    /// <summary>The addresses a test mail was requested for, in order.</summary>
    public IReadOnlyList<string> TestMails
    {
        get
        {
            lock (testMails)
            {
                return [.. testMails];
            }
        }
    }

    /// <summary>Creates a PowerAlert 12 with the two contacts of the real walk.</summary>
    /// <param name="name">sysName.</param>
    /// <returns>The model.</returns>
    public static PowerAlertLabModel CreatePowerAlert12(string name)
    {
        var model = new PowerAlertLabModel(SnmpSystemGroup.AddTo(new MibStore(), PowerAlert12SysDescr, "1.3.6.1.4.1.850.1", name));
        RowStatusContactTable.AddTo(
            model.Store, Oid.Parse("1.3.6.1.4.1.850.90.1.1.1.1"), Oid.Parse("1.3.6.1.4.1.850.90.1.1.1.2.1"), unsigned: false, hasTest: false, model.RecordTest,
            [("IT Notify", "notifications@example.com"), ("john doe", "john@example.com")]);
        return model;
    }

    /// <summary>Creates a PowerAlert 20 (SNMPWEBCARD) with one old contact.</summary>
    /// <param name="name">sysName.</param>
    /// <param name="acceptsCreateAndGo">False to simulate an agent without createAndGo (answers wrongValue); unverified which firmware does what.</param>
    /// <returns>The model.</returns>
    public static PowerAlertLabModel CreatePowerAlert20(string name, bool acceptsCreateAndGo = true)
    {
        var model = new PowerAlertLabModel(SnmpSystemGroup.AddTo(new MibStore(), PowerAlert20SysDescr, "1.3.6.1.4.1.850.1.1.1", name));
        RowStatusContactTable.AddTo(
            model.Store, Oid.Parse("1.3.6.1.4.1.850.1.2.3.1.1"), Oid.Parse("1.3.6.1.4.1.850.1.2.3.1.2.1"), unsigned: true, hasTest: true, model.RecordTest,
            [("IT Notify", "notifications@example.com")],
            acceptsCreateAndGo);
        return model;
    }

    private void RecordTest(string address)
    {
        lock (testMails)
        {
            testMails.Add(address);
        }
    }
}
