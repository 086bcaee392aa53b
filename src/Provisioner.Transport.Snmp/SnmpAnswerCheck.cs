using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// Checks that an agent's answer has the shape the request asks for (RFC 3416 §4.2.1, §4.2.5: one
/// binding per requested name, in request order, with that name) and turns a malformed answer into a
/// <see cref="DeviceProtocolException"/> that says what was expected and what came back: a device
/// error, never a crash in the driver that reads it.
/// </summary>
internal static class SnmpAnswerCheck
{
    /// <summary>Throws unless <paramref name="answer"/> holds exactly the names of <paramref name="requested"/>, in order.</summary>
    /// <exception cref="DeviceProtocolException">A binding is missing, extra or names another object.</exception>
    public static void SameNames(SnmpChannel channel, IReadOnlyList<Oid> requested, IReadOnlyList<VarBind> answer, string operation)
    {
        if (answer.Count != requested.Count)
        {
            throw Malformed(channel, operation, string.Create(CultureInfo.InvariantCulture, $"the agent answered {answer.Count} binding(s) to a request for {requested.Count} ({Names(requested)}); expected one per requested object, in order, and got {Names(answer.Select(b => b.Oid))}"));
        }

        for (var i = 0; i < requested.Count; i++)
        {
            if (answer[i].Oid != requested[i])
            {
                throw Malformed(channel, operation, string.Create(CultureInfo.InvariantCulture, $"binding {i + 1} of the answer names {answer[i].Oid}, but the request asked for {requested[i]} there"));
            }
        }
    }

    /// <summary>Throws unless the SET's <paramref name="answer"/> names exactly the objects of <paramref name="sent"/>, in order (without copying the names).</summary>
    /// <exception cref="DeviceProtocolException">A binding is missing, extra or names another object.</exception>
    public static void SameNames(SnmpChannel channel, IReadOnlyList<VarBind> sent, IReadOnlyList<VarBind> answer, string operation)
    {
        if (answer.Count != sent.Count)
        {
            SameNames(channel, [.. sent.Select(b => b.Oid)], answer, operation);
            return;
        }

        for (var i = 0; i < sent.Count; i++)
        {
            if (answer[i].Oid != sent[i].Oid)
            {
                throw Malformed(channel, operation, string.Create(CultureInfo.InvariantCulture, $"binding {i + 1} of the answer names {answer[i].Oid}, but the request asked for {sent[i].Oid} there"));
            }
        }
    }

    /// <summary>The exception for an answer that does not fit the request.</summary>
    public static DeviceProtocolException Malformed(SnmpChannel channel, string operation, string what) =>
        new($"{channel.DeviceName} ({channel.Endpoint}): malformed SNMP answer: {what}. The device or its firmware answers outside the protocol; check the firmware against the driver's support matrix.")
        {
            Endpoint = channel.Endpoint,
            Operation = operation,
        };

    private static string Names(IEnumerable<Oid> oids)
    {
        var list = oids.Select(o => o.ToString()).ToList();
        return list.Count == 0 ? "none" : list.Count <= 4 ? string.Join(", ", list) : string.Join(", ", list.Take(4)) + string.Create(CultureInfo.InvariantCulture, $" and {list.Count - 4} more");
    }
}
