using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// Writes: every change mapped to attributes, checked against the registry, and only the attributes that differ
/// sent in one PATCH with <c>If-Match</c> when the resource has an ETag (one re-read and retry on 412).
/// </summary>
internal sealed partial class IdracSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var reg = await RegistryAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var state = await AttributesAsync(fresh: true, cancellationToken).ConfigureAwait(false);
            var plans = request.Changes.Select(c => IdracWriteMapping.Plan(c, state, reg, device)).ToList();
            var diagnostics = new DiagnosticList();
            diagnostics.AddRange(plans.Select(p => p.Diagnostic).OfType<Diagnostic>());
            if (plans.Any(p => p.Status == WriteStatus.Rejected))
            {
                return Statuses(plans, p => p.Status ?? WriteStatus.NotAttempted, diagnostics);
            }

            var send = Merge(plans);
            if (send.Count == 0)
            {
                return Statuses(plans, p => p.Status ?? WriteStatus.Applied, diagnostics);
            }

            var answer = await PatchAsync(send, state.ETag, cancellationToken).ConfigureAwait(false);
            if (answer.StatusCode == 412 && attempt == 0)
            {
                continue;
            }

            return Interpret(answer, plans, diagnostics);
        }
    }

    private static List<KeyValuePair<string, object>> Merge(IEnumerable<WritePlan> plans)
    {
        var merged = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in plans.Where(p => p.Status is null).SelectMany(p => p.Attributes))
        {
            merged[name] = value;
        }

        return [.. merged];
    }

    private async Task<HttpAnswer> PatchAsync(IReadOnlyList<KeyValuePair<string, object>> attributes, string? etag, CancellationToken cancellationToken)
    {
        foreach (var secret in attributes.Select(a => a.Value).OfType<Secret>())
        {
            connection.AddSecret(secret);
        }

        current = null;
        var headers = etag is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["If-Match"] = etag };
        return await connection.SendAsync(HttpMethod.Patch, attributesPath!, AttributeState.Body(attributes), headers, cancellationToken).ConfigureAwait(false);
    }

    private WriteResponse Interpret(HttpAnswer answer, List<WritePlan> plans, DiagnosticList diagnostics)
    {
        if (answer.StatusCode == 412)
        {
            diagnostics.Add(Diagnostic.Error("idrac.preconditionFailed", "The iDRAC attributes changed while writing", $"{answer.Operation} was refused twice with 412 Precondition Failed: someone else is changing the iDRAC. Retry the run.") with { Device = device });
            return Statuses(plans, p => p.Status ?? WriteStatus.Rejected, diagnostics);
        }

        switch (answer.Interpret())
        {
            case HttpRejected rejected:
                return Rejected(rejected, plans, diagnostics);
            case HttpResourceMissing:
                diagnostics.Add(Diagnostic.Warning("idrac.notSupported", "The iDRAC has no attributes resource to write", $"{answer.Operation} answered 404.") with { Device = device });
                return Statuses(plans, p => p.Status ?? WriteStatus.NotSupported, diagnostics);
            default:
                return Statuses(plans, p => p.Status ?? WriteStatus.Applied, diagnostics);
        }
    }

    private WriteResponse Rejected(HttpRejected rejected, List<WritePlan> plans, DiagnosticList diagnostics)
    {
        var named = rejected.Messages
            .SelectMany(m => m.RelatedProperties.Select(p => p[(p.LastIndexOf('/') + 1)..]))
            .ToHashSet(StringComparer.Ordinal);
        bool Concerns(WritePlan p) => p.Attributes.Any(a => named.Contains(a.Key) || rejected.Messages.Any(m => m.Message.Contains(a.Key, StringComparison.Ordinal)));
        var culprits = plans.Where(p => p.Status is null && Concerns(p)).ToHashSet();
        if (culprits.Count == 0)
        {
            culprits = [.. plans.Where(p => p.Status is null)];
        }

        var text = string.Join(" ", rejected.Messages.Select(m => $"{m.MessageId}: {m.Message}{(m.Resolution is { Length: > 0 } r ? $" ({r})" : string.Empty)}"));
        foreach (var plan in culprits)
        {
            diagnostics.Add(Diagnostic.Error("idrac.rejected", $"The iDRAC refused {plan.Key.Name}", $"{rejected.Answer.Operation} answered HTTP {rejected.Answer.StatusCode} for {string.Join(", ", plan.Attributes.Select(a => a.Key))}: {text}") with { Path = plan.Key.Name, Device = device });
        }

        // Assumptions.PatchIsAllOrNothing: the rest of the refused PATCH was not applied either.
        return Statuses(plans, p => p.Status ?? (culprits.Contains(p) ? WriteStatus.Rejected : WriteStatus.NotAttempted), diagnostics);
    }

    private static WriteResponse Statuses(List<WritePlan> plans, Func<WritePlan, WriteStatus> status, DiagnosticList diagnostics)
    {
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        foreach (var plan in plans)
        {
            statuses[plan.Key] = status(plan);
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }
}
