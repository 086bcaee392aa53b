using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Agent;

/// <summary>The command responder of RFC 3416 §4.2 (with the SNMPv1 mapping of RFC 2576 §4.1 and §4.3).</summary>
internal static class AgentPduProcessor
{
    /// <summary>The most bindings one GetBulk response may hold, whatever max-repetitions asks.</summary>
    public const int MaxBulkBindings = 2048;

    /// <summary>Answers <paramref name="request"/>; <paramref name="budget"/> bounds the bytes of response bindings.</summary>
    public static SnmpPdu Process(IMibStore store, SnmpPdu request, SnmpMessageVersion version, bool canWrite, int budget) => request.Type switch
    {
        PduType.GetRequest => Get(store, request, version),
        PduType.GetNextRequest => GetNext(store, request, version),
        PduType.GetBulkRequest => GetBulk(store, request, budget),
        PduType.SetRequest => Set(store, request, version, canWrite),
        _ => throw new ArgumentException("Not a request PDU.", nameof(request)),
    };

    /// <summary>An upper bound of the encoded size of a binding.</summary>
    public static int EstimateSize(VarBind varBind)
    {
        var value = varBind.Value switch
        {
            OctetString s => s.Length,
            Opaque o => o.Value.Length,
            ObjectIdentifier o => o.Value.Length * 5,
            Counter64 => 9,
            _ => 5,
        };
        return (varBind.Oid.Length * 5) + value + 16;
    }

    private static SnmpPdu Get(IMibStore store, SnmpPdu request, SnmpMessageVersion version)
    {
        var results = new VarBind[request.VarBinds.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var oid = request.VarBinds[i].Oid;
            var value = store.Get(oid);
            if (version == SnmpMessageVersion.V1 && (value.IsException || value is Counter64))
            {
                return Error(request, SnmpErrorStatus.NoSuchName, i + 1);
            }

            results[i] = new VarBind(oid, value);
        }

        return Response(request, results);
    }

    private static SnmpPdu GetNext(IMibStore store, SnmpPdu request, SnmpMessageVersion version)
    {
        var results = new VarBind[request.VarBinds.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var next = Next(store, request.VarBinds[i].Oid, version);
            if (version == SnmpMessageVersion.V1 && next.Value is EndOfMibView)
            {
                return Error(request, SnmpErrorStatus.NoSuchName, i + 1);
            }

            results[i] = next;
        }

        return Response(request, results);
    }

    private static VarBind Next(IMibStore store, Oid oid, SnmpMessageVersion version)
    {
        var next = store.GetNext(oid);

        // SNMPv1 cannot carry Counter64: skip such instances (RFC 2576 §4.1.2.1).
        while (version == SnmpMessageVersion.V1 && next.Value is Counter64)
        {
            next = store.GetNext(next.Oid);
        }

        return next;
    }

    private static SnmpPdu GetBulk(IMibStore store, SnmpPdu request, int budget)
    {
        var count = request.VarBinds.Count;
        var nonRepeaters = Math.Clamp(request.NonRepeaters, 0, count);
        var maxRepetitions = Math.Max(request.MaxRepetitions, 0);
        var repeaters = count - nonRepeaters;
        var results = new List<VarBind>(Math.Min(MaxBulkBindings, nonRepeaters + (repeaters * Math.Min(maxRepetitions, 64))));
        var used = 0;
        for (var i = 0; i < nonRepeaters; i++)
        {
            var next = store.GetNext(request.VarBinds[i].Oid);
            used += EstimateSize(next);
            results.Add(next);
        }

        if (used > budget)
        {
            return Error(request, SnmpErrorStatus.TooBig, 0) with { VarBinds = [] };
        }

        var cursors = new Oid[repeaters];
        for (var j = 0; j < repeaters; j++)
        {
            cursors[j] = request.VarBinds[nonRepeaters + j].Oid;
        }

        for (var row = 0; row < maxRepetitions && repeaters > 0; row++)
        {
            var rowStart = results.Count;
            var allEnded = true;
            var rowSize = 0;
            for (var j = 0; j < repeaters; j++)
            {
                var next = store.GetNext(cursors[j]);
                if (next.Value is not EndOfMibView)
                {
                    allEnded = false;
                    cursors[j] = next.Oid;
                }

                rowSize += EstimateSize(next);
                results.Add(next);
            }

            if (used + rowSize > budget || results.Count > MaxBulkBindings)
            {
                results.RemoveRange(rowStart, results.Count - rowStart);
                break;
            }

            used += rowSize;
            if (allEnded)
            {
                break;
            }
        }

        return Response(request, [.. results]);
    }

    private static SnmpPdu Set(IMibStore store, SnmpPdu request, SnmpMessageVersion version, bool canWrite)
    {
        if (!canWrite)
        {
            // net-snmp answers a write through a read-only community or user with noAccess (v1: noSuchName).
            return Error(request, MapForVersion(SnmpErrorStatus.NoAccess, version), 1);
        }

        var validation = store.Validate(request.VarBinds);
        if (!validation.IsSuccess)
        {
            return Error(request, MapForVersion(validation.Status, version), validation.Index);
        }

        var commit = store.Commit(request.VarBinds);
        return commit.IsSuccess
            ? Response(request, request.VarBinds)
            : Error(request, MapForVersion(commit.Status, version), commit.Index);
    }

    /// <summary>Maps SNMPv2 error statuses onto SNMPv1 (RFC 2576 §4.3).</summary>
    public static SnmpErrorStatus MapForVersion(SnmpErrorStatus status, SnmpMessageVersion version) =>
        version != SnmpMessageVersion.V1 ? status : status switch
        {
            SnmpErrorStatus.WrongValue or SnmpErrorStatus.WrongEncoding or SnmpErrorStatus.WrongType
                or SnmpErrorStatus.WrongLength or SnmpErrorStatus.InconsistentValue => SnmpErrorStatus.BadValue,
            SnmpErrorStatus.NoAccess or SnmpErrorStatus.NotWritable or SnmpErrorStatus.NoCreation
                or SnmpErrorStatus.InconsistentName or SnmpErrorStatus.AuthorizationError => SnmpErrorStatus.NoSuchName,
            SnmpErrorStatus.ResourceUnavailable or SnmpErrorStatus.CommitFailed or SnmpErrorStatus.UndoFailed => SnmpErrorStatus.GenErr,
            _ => status,
        };

    private static SnmpPdu Response(SnmpPdu request, IReadOnlyList<VarBind> varBinds) =>
        new(PduType.Response, request.RequestId, SnmpErrorStatus.NoError, 0, varBinds);

    /// <summary>An error response carrying the request's bindings.</summary>
    public static SnmpPdu Error(SnmpPdu request, SnmpErrorStatus status, int index) =>
        new(PduType.Response, request.RequestId, status, index, request.VarBinds);
}
