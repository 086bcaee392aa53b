using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// The answer to one batched read: the value of every object the session asked for, and the channel for
/// settings that read more than single instances (table walks). Settings decode their values from it;
/// objects the agent lacks hold <see cref="NoSuchObject"/> or <see cref="NoSuchInstance"/>. Lookups scan
/// the bindings (a device's settings are a few dozen objects; a dictionary would cost more than it saves).
/// </summary>
public sealed class SnmpFetch
{
    private readonly IReadOnlyList<VarBind> bindings;

    /// <summary>Creates the fetch from the bindings an agent answered.</summary>
    /// <param name="channel">The device's channel.</param>
    /// <param name="answered">The bindings, in request order, each OID once.</param>
    public SnmpFetch(SnmpChannel channel, IReadOnlyList<VarBind> answered)
    {
        Channel = channel ?? throw new ArgumentNullException(nameof(channel));
        bindings = answered ?? throw new ArgumentNullException(nameof(answered));
    }

    /// <summary>The device's channel, for reads beyond the batched GET.</summary>
    public SnmpChannel Channel { get; }

    /// <summary>Every binding read, in request order.</summary>
    public IReadOnlyList<VarBind> Bindings => bindings;

    /// <summary>The value read for <paramref name="oid"/>.</summary>
    /// <param name="oid">An object the fetch covers.</param>
    /// <returns>The value, possibly an exception value.</returns>
    /// <exception cref="ArgumentException">The fetch did not read <paramref name="oid"/> (a setting's <see cref="SnmpSetting.ReadObjects"/> is incomplete).</exception>
    public SnmpValue this[Oid oid] =>
        Find(oid) is { } value ? value : throw new ArgumentException($"{oid} was not part of the read; list it in the setting's ReadObjects.", nameof(oid));

    /// <summary>The values read for <paramref name="oids"/>, in that order.</summary>
    /// <param name="oids">Objects the fetch covers.</param>
    /// <returns>The values.</returns>
    public IReadOnlyList<SnmpValue> Values(IReadOnlyList<Oid> oids)
    {
        ArgumentNullException.ThrowIfNull(oids);
        var values = new SnmpValue[oids.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = this[oids[i]];
        }

        return values;
    }

    /// <summary>Whether the fetch read every object of <paramref name="oids"/>.</summary>
    /// <param name="oids">The objects.</param>
    /// <returns>True when all were read.</returns>
    public bool Covers(IReadOnlyList<Oid> oids)
    {
        ArgumentNullException.ThrowIfNull(oids);
        for (var i = 0; i < oids.Count; i++)
        {
            if (Find(oids[i]) is null)
            {
                return false;
            }
        }

        return true;
    }

    private SnmpValue? Find(Oid oid)
    {
        for (var i = 0; i < bindings.Count; i++)
        {
            if (bindings[i].Oid == oid)
            {
                return bindings[i].Value;
            }
        }

        return null;
    }
}
