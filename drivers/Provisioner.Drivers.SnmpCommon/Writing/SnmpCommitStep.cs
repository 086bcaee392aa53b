using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// An object some devices need set after their settings changed before the change takes effect (an
/// "apply" or "save" trigger): the session sets it once, after a write that applied at least one change.
/// </summary>
/// <param name="Binding">The object and the value to set it to.</param>
public sealed record SnmpCommitStep(VarBind Binding);
