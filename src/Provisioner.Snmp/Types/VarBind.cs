namespace Provisioner.Snmp.Types;

/// <summary>A variable binding: an object name and its value.</summary>
/// <param name="Oid">The object instance name, for example <c>1.3.6.1.2.1.1.5.0</c>.</param>
/// <param name="Value">The value; <see cref="Null.Instance"/> in requests that read.</param>
public sealed record VarBind(Oid Oid, SnmpValue Value)
{
    /// <summary>A binding with a NULL value, as used in Get, GetNext and GetBulk requests.</summary>
    /// <param name="oid">The object name.</param>
    /// <returns>The binding.</returns>
    public static VarBind ForRead(Oid oid) => new(oid, Null.Instance);

    /// <inheritdoc/>
    public override string ToString() => $"{Oid} = {Value.Tag}: {Value}";
}
