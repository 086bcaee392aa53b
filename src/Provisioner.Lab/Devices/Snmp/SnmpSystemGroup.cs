using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Snmp;

/// <summary>
/// The SNMPv2-MIB system group (RFC 3418) every simulated SNMP device answers: sysDescr and sysObjectID
/// as the real firmware reports them, sysUpTime, and the writable sysContact, sysName and sysLocation.
/// </summary>
public static class SnmpSystemGroup
{
    private static readonly Oid System = Oid.Parse("1.3.6.1.2.1.1");

    /// <summary>Adds the system group to <paramref name="store"/>.</summary>
    /// <param name="store">The device's store.</param>
    /// <param name="sysDescr">The exact sysDescr of the firmware, e.g. <c>SensorProbe</c>.</param>
    /// <param name="sysObjectId">The dotted sysObjectID, e.g. <c>1.3.6.1.4.1.3854.1</c>.</param>
    /// <param name="sysName">The device name.</param>
    /// <returns>The same store.</returns>
    public static MibStore AddTo(MibStore store, string sysDescr, string sysObjectId, string sysName)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = new MibObjectOptions { Access = MibAccess.ReadWrite, Constraint = new MibConstraint { MaxSize = 255 } };
        return store
            .AddScalar(System.Append(1), OctetString.FromString(sysDescr))
            .AddScalar(System.Append(2), new ObjectIdentifier(Oid.Parse(sysObjectId)))
            .AddScalar(System.Append(3), new TimeTicks(4213))
            .AddScalar(System.Append(4), OctetString.FromString("facilities@contoso.com"), text)
            .AddScalar(System.Append(5), OctetString.FromString(sysName), text)
            .AddScalar(System.Append(6), OctetString.FromString("lab"), text)
            .AddScalar(System.Append(7), new Integer32(72));
    }

    /// <summary>Read-write DisplayString options of at most <paramref name="maxSize"/> octets.</summary>
    /// <param name="maxSize">The SIZE upper bound.</param>
    /// <param name="minSize">The SIZE lower bound.</param>
    /// <returns>The options.</returns>
    public static MibObjectOptions Text(int maxSize = 255, int minSize = 0) =>
        new() { Access = MibAccess.ReadWrite, Type = SnmpTag.OctetString, Constraint = new MibConstraint { MinSize = minSize, MaxSize = maxSize } };

    /// <summary>Read-write enumerated INTEGER options.</summary>
    /// <param name="values">The allowed values.</param>
    /// <returns>The options.</returns>
    public static MibObjectOptions Enumeration(params int[] values) =>
        new() { Access = MibAccess.ReadWrite, Type = SnmpTag.Integer32, Constraint = new MibConstraint { AllowedValues = values.ToHashSet() } };

    /// <summary>Read-write INTEGER options with a range.</summary>
    /// <param name="minimum">The lowest value.</param>
    /// <param name="maximum">The highest value.</param>
    /// <returns>The options.</returns>
    public static MibObjectOptions Range(long minimum, long maximum) =>
        new() { Access = MibAccess.ReadWrite, Type = SnmpTag.Integer32, Constraint = new MibConstraint { MinValue = minimum, MaxValue = maximum } };
}
