using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Mib;

/// <summary>One variable a SET stored (or, for a lost write, claimed to store) on a simulated device.</summary>
/// <param name="At">When the SET was committed.</param>
/// <param name="Name">The object's MIB name with instance, e.g. <c>smtp-Server-Port.0</c>.</param>
/// <param name="Oid">The instance OID.</param>
/// <param name="Value">The value the SET carried.</param>
/// <param name="Stored">False when a fault made the device drop the value after answering noError.</param>
public sealed record WriteLogEntry(DateTimeOffset At, string Name, Oid Oid, SnmpValue Value, bool Stored);
