using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Drivers.SnmpMapped.Wire;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpMapped;

/// <summary>The write half: one SET per setting in the mapping's write order, then the commit object.</summary>
internal sealed partial class MappedSnmpSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {channel.Target.Endpoint} is read-only; nothing was sent.");
        }

        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        var stopped = false;
        foreach (var change in Ordered(request.Changes))
        {
            if (stopped)
            {
                statuses[change.Key] = WriteStatus.NotAttempted;
                continue;
            }

            var problems = new List<(string Path, string Problem)>();
            var bindings = change.Key.Equals(SettingKey.AlertsMinimumSeverity) && mapping.SeverityFromRecipients
                ? await LevelBindingsAsync(change, request.Changes.Any(c => c.Key.Equals(SettingKey.SmtpRecipients)), problems, cancellationToken)
                : Bindings(change, problems);
            if (bindings is null)
            {
                statuses[change.Key] = WriteStatus.NotSupported;
                diagnostics.Add(Diagnostic.Warning("mapped.notMapped", $"The mapping does not map {change.Key.Name}", $"{Path.GetFileName(mapping.SourceFile)} has no object for it.") with { Path = change.Key.Name });
                continue;
            }

            if (problems.Count > 0)
            {
                statuses[change.Key] = WriteStatus.Rejected;
                foreach (var (path, problem) in problems)
                {
                    diagnostics.Add(Diagnostic.Error("mapped.cannotEncode", $"Cannot write {change.Key.Name}", $"{char.ToUpperInvariant(problem[0])}{problem[1..]}. Nothing was sent for it; correct the inventory or the mapping file.") with { Path = path });
                }

                stopped = true;
                continue;
            }

            var outcome = bindings.Count > 0 ? await channel.SetAsync(bindings, "write", cancellationToken) : SnmpSetOutcome.Success;
            if (outcome.IsSuccess)
            {
                statuses[change.Key] = WriteStatus.Applied;
            }
            else
            {
                statuses[change.Key] = WriteStatus.Rejected;
                var oid = outcome.FailedOid;
                diagnostics.Add(Diagnostic.Error("snmp.rejected", $"Device refused {change.Key.Name}", $"The agent answered {outcome.Status}{(oid is null ? string.Empty : $" for {oid}")}. Check the value against the device's limits and that the object is writable with these credentials.") with { Path = change.Key.Name });
                stopped = true;
            }
        }

        if (mapping.Commit is { } commit && statuses.Values.Any(s => s == WriteStatus.Applied))
        {
            await CommitAsync(commit, diagnostics, cancellationToken);
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    private async Task CommitAsync(CommitMapping commit, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var outcome = await channel.SetAsync([new VarBind(commit.Oid, WireValueText.FromText(commit.Type, commit.Value)!)], "commit", cancellationToken);
        if (!outcome.IsSuccess)
        {
            diagnostics.Add(Diagnostic.Error("mapped.commitRefused", "Device refused the commit object", $"Setting {commit.Oid} to {commit.Value} was answered with {outcome.Status}; the changes may not take effect until it is set. Check the mapping's 'commit'."));
        }
    }

    private IEnumerable<SettingChange> Ordered(IReadOnlyList<SettingChange> changes)
    {
        int Rank(SettingKey key)
        {
            var index = -1;
            for (var i = 0; i < mapping.WriteOrder.Count; i++)
            {
                index = mapping.WriteOrder[i].Equals(key) ? i : index;
            }

            return index >= 0 ? index : mapping.WriteOrder.Count + key.Order;
        }

        return changes.Select((c, i) => (Change: c, Index: i)).OrderBy(p => Rank(p.Change.Key)).ThenBy(p => p.Index).Select(p => p.Change);
    }

    /// <summary>
    /// The minimum severity of a device with only per-recipient levels: when the recipients are written in
    /// the same request they carry the level already (no extra SET); otherwise every used slot's level is set.
    /// </summary>
    private async Task<List<VarBind>> LevelBindingsAsync(SettingChange change, bool recipientsWritten, List<(string Path, string Problem)> problems, CancellationToken cancellationToken)
    {
        var recipients = mapping.Recipients!;
        if (recipientsWritten || change.Value is not SeverityValue { Value: var level })
        {
            return [];
        }

        var read = await channel.GetBindingsAsync(recipients.Addresses, "read", cancellationToken);
        var addresses = read.Select(b => WireValueText.ToText(b.Value) ?? string.Empty).ToList();
        if (RecipientCodec.LevelBindings(recipients, addresses, level) is { } bindings)
        {
            return [.. bindings];
        }

        problems.Add((change.Key.Name, $"the device has no per-recipient level for '{level.ToString().ToLowerInvariant()}' (the mapping lists {string.Join(", ", recipients.Severity!.Values.Words)})"));
        return [];
    }

    private List<VarBind>? Bindings(SettingChange change, List<(string Path, string Problem)> problems)
    {
        if (change.Key.Equals(SettingKey.SmtpRecipients))
        {
            return mapping.Recipients is { } recipients && change.Value is RecipientsValue list ? [.. RecipientCodec.ToWire(recipients, list.Value, problems)] : null;
        }

        if (!mapping.Scalars.TryGetValue(change.Key, out var scalar))
        {
            return null;
        }

        if (SettingCodec.ToWire(change.Key, scalar, change.Value, out var problem) is { } value)
        {
            return [new VarBind(scalar.Oid, value)];
        }

        problems.Add((change.Key.Name, problem!));
        return [];
    }
}
