using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// The identity check every SNMP driver shares: reads sysDescr, sysObjectID and sysName in one GET and
/// turns them into an <see cref="IdentifyResponse"/> (details <see cref="SnmpIdentityRule.SysObjectIdKey"/> and
/// <see cref="SnmpIdentityRule.SysDescrKey"/>) that the engine tests against the driver's <see cref="IdentityRule"/>.
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

    /// <summary>Reads the device's identity for <see cref="IDriverSession.IdentifyAsync"/>: the system group as identity details.</summary>
    /// <param name="channel">The device.</param>
    /// <param name="vendor">The vendor the driver expects, reported as the identity's vendor when <paramref name="rule"/> matches.</param>
    /// <param name="rule">The driver's identity rule, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The identity with sysDescr and sysObjectID as details. The engine, not this method, decides whether it is the right device.</returns>
    public static async Task<IdentifyResponse> IdentifyAsync(SnmpChannel channel, string vendor, IdentityRule? rule, CancellationToken cancellationToken)
    {
        var identity = SnmpIdentityRule.Identity(await ReadSystemGroupAsync(channel, cancellationToken));
        return rule is null || rule.Matches(identity) ? identity with { Vendor = vendor } : identity;
    }

    private static string Text(OctetString value) => value.ToString().TrimEnd('\0', ' ', '\r', '\n');
}
