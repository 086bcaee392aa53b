using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Mib;

/// <summary>
/// One object instance of a simulated MIB, as its MIB defines it: name, instance OID, syntax (BER
/// tag), access, value constraint and DEFVAL.
/// </summary>
/// <param name="Name">The MIB descriptor with instance, e.g. <c>email-Receiver-Address.3</c>.</param>
/// <param name="Oid">The instance OID.</param>
/// <param name="Syntax">The tag a SET must carry; anything else is <c>wrongType</c>.</param>
/// <param name="Access">Read-only or read-write.</param>
/// <param name="Constraint">Checks a value of the right type: returns <see cref="SnmpErrorStatus.NoError"/>,
/// <see cref="SnmpErrorStatus.WrongLength"/> or <see cref="SnmpErrorStatus.WrongValue"/>.</param>
/// <param name="Default">The DEFVAL (or the value a fresh device reports).</param>
public sealed record MibObject(
    string Name,
    Oid Oid,
    SnmpTag Syntax,
    MibAccess Access,
    Func<SnmpValue, SnmpErrorStatus> Constraint,
    SnmpValue Default)
{
    /// <summary>Checks <paramref name="value"/> as a SET of this object would: access, type, then constraint.</summary>
    /// <param name="value">The value in the SET.</param>
    /// <returns>The error status the agent answers; <see cref="SnmpErrorStatus.NoError"/> when the value may be stored.</returns>
    public SnmpErrorStatus Check(SnmpValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Access != MibAccess.ReadWrite)
        {
            return SnmpErrorStatus.NotWritable;
        }

        return value.Tag != Syntax ? SnmpErrorStatus.WrongType : Constraint(value);
    }
}
