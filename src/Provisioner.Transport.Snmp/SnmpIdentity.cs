using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// The identity check every SNMP driver shares: reads sysDescr, sysObjectID and sysName in one GET and
/// turns them into an <see cref="IdentifyResponse"/> that the engine tests against the driver's
/// <see cref="IdentityRule"/> before it reads or writes anything (outcome identity-mismatch otherwise).
/// </summary>
public static class SnmpIdentity
{
    /// <summary>SNMPv2-MIB sysDescr.0.</summary>
    public static Oid SysDescr => SystemOids.SysDescr;

    /// <summary>SNMPv2-MIB sysObjectID.0.</summary>
    public static Oid SysObjectId => SystemOids.SysObjectId;

    /// <summary>SNMPv2-MIB sysName.0.</summary>
    public static Oid SysName => SystemOids.SysName;

    /// <summary>Reads the system group of the device behind <paramref name="channel"/>.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The three values; a value the agent does not have is null.</returns>
    /// <exception cref="DeviceTimeoutException">No answer.</exception>
    public static async Task<SystemGroup> ReadSystemGroupAsync(SnmpChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return FromBindings(await channel.GetBindingsAsync([SysDescr, SysObjectId, SysName], "identify", cancellationToken));
    }

    /// <summary>Builds a <see cref="SystemGroup"/> from GET answers for sysDescr, sysObjectID and sysName (any order).</summary>
    /// <param name="bindings">The answers.</param>
    /// <returns>The group.</returns>
    public static SystemGroup FromBindings(IEnumerable<VarBind> bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        string? descr = null, objectId = null, name = null;
        foreach (var binding in bindings)
        {
            if (binding.Oid == SysDescr && binding.Value is OctetString d)
            {
                descr = Text(d);
            }
            else if (binding.Oid == SysObjectId && binding.Value is ObjectIdentifier o)
            {
                objectId = o.Value.ToString().TrimStart('.');
            }
            else if (binding.Oid == SysName && binding.Value is OctetString n)
            {
                name = Text(n);
            }
        }

        return new SystemGroup(descr, objectId, name);
    }

    /// <summary>Reads the device's identity for <see cref="IDriverSession.IdentifyAsync"/>.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="vendor">The vendor the driver expects, reported as the identity's vendor when the sysObjectID agrees.</param>
    /// <param name="rule">The driver's identity rule; when the device does not match, the response carries a note saying why.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The identity with sysDescr and sysObjectID filled in.</returns>
    public static async Task<IdentifyResponse> IdentifyAsync(SnmpChannel channel, string vendor, IdentityRule? rule, CancellationToken cancellationToken)
    {
        var system = await ReadSystemGroupAsync(channel, cancellationToken);
        var identity = new IdentifyResponse { SysDescr = system.SysDescr, SysObjectId = system.SysObjectId };
        var check = IdentityCheck.Of(rule, identity);
        if (check.Matches)
        {
            return identity with { Vendor = vendor };
        }

        return identity with
        {
            Diagnostics = [new Diagnostic(DiagnosticSeverity.Info, "device.identity", "Device identity differs from the driver's rule", $"{check.Reason}.")],
        };
    }

    private static string Text(OctetString value) => value.ToString().TrimEnd('\0', ' ', '\r', '\n');
}
