using Provisioner.Abstractions;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// The write half: one SET for every encoded change (or, when the driver asks for ordered SETs, one SET per
/// setting in its order), then the settings that write in steps, then the driver's commit step.
/// </summary>
public partial class SnmpDriverSession
{
    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var diagnostics = new DiagnosticList();
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var known = new List<(SettingChange Change, SnmpSetting Setting)>();
        foreach (var change in request.Changes)
        {
            if (driver.Find(change.Key) is { } setting)
            {
                known.Add((change, setting));
                continue;
            }

            diagnostics.Add(Diagnostic.Warning("setting.notSupported", $"{change.Key.Name} is not managed by {driver.Descriptor.Id}", "Nothing was written for it.") with { Path = change.Key.Name });
            statuses[change.Key] = WriteStatus.NotSupported;
        }

        var current = ForgetReads();
        if (ObjectsToReadBeforeEncoding(known, current) is { } needing)
        {
            current = await Reader.ReadAsync(needing, "write", cancellationToken).ConfigureAwait(false);
        }

        var context = new SnmpWriteContext(request.Changes, current);
        var encoded = new List<SnmpEncoding>();
        var stepwise = new List<(SettingChange Change, SnmpSetting Setting)>();
        foreach (var (change, setting) in known)
        {
            if (setting.Encode(change, context) is { } encoding)
            {
                encoded.Add(encoding);
            }
            else
            {
                stepwise.Add((change, setting));
            }
        }

        if (RefusedKeys(encoded, diagnostics) is { } refused)
        {
            return Finish(statuses, known, k => refused.Contains(k) ? WriteStatus.Rejected : WriteStatus.NotAttempted, diagnostics);
        }

        var refusedKey = driver.Writes.Ordered
            ? await SetInOrderAsync(encoded, statuses, diagnostics, cancellationToken).ConfigureAwait(false)
            : await SetAllAsync(encoded, diagnostics, cancellationToken).ConfigureAwait(false);
        if (refusedKey is not null)
        {
            foreach (var (change, _) in known)
            {
                statuses.TryAdd(change.Key, change.Key.Equals(refusedKey) ? WriteStatus.Rejected : WriteStatus.NotAttempted);
            }

            await CommitAsync(statuses, diagnostics, cancellationToken).ConfigureAwait(false);
            return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
        }

        foreach (var encoding in encoded)
        {
            statuses[encoding.Key] = WriteStatus.Applied;
        }

        var stopped = false;
        foreach (var (change, setting) in stepwise)
        {
            statuses[change.Key] = stopped ? WriteStatus.NotAttempted : await setting.WriteAsync(Channel, change, diagnostics, cancellationToken).ConfigureAwait(false);
            stopped |= statuses[change.Key] == WriteStatus.Rejected;
        }

        await CommitAsync(statuses, diagnostics, cancellationToken).ConfigureAwait(false);
        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    /// <summary>
    /// The objects to read before encoding, when a setting that encodes against the device's current values needs
    /// objects the session's last read does not hold; null when nothing needs reading. Loops, not LINQ: this runs
    /// once per device per apply.
    /// </summary>
    private static List<Oid>? ObjectsToReadBeforeEncoding(List<(SettingChange Change, SnmpSetting Setting)> known, SnmpFetch? current)
    {
        var covered = true;
        var any = false;
        foreach (var (_, setting) in known)
        {
            if (setting.EncodeNeedsCurrent)
            {
                any = true;
                covered &= current is not null && current.Covers(setting.ReadObjects);
            }
        }

        if (!any || covered)
        {
            return null;
        }

        var needing = new List<Oid>();
        foreach (var (_, setting) in known)
        {
            if (setting.EncodeNeedsCurrent)
            {
                foreach (var oid in setting.ReadObjects)
                {
                    if (!needing.Contains(oid))
                    {
                        needing.Add(oid);
                    }
                }
            }
        }

        return needing;
    }

    /// <summary>The settings whose values were refused before any I/O, with their reasons added to <paramref name="diagnostics"/>; null when none was.</summary>
    private static HashSet<SettingKey>? RefusedKeys(List<SnmpEncoding> encoded, DiagnosticList diagnostics)
    {
        HashSet<SettingKey>? refused = null;
        foreach (var encoding in encoded)
        {
            if (encoding.IsRefused)
            {
                diagnostics.AddRange(encoding.Refusals);
                (refused ??= []).Add(encoding.Key);
            }
        }

        return refused;
    }

    /// <summary>Sends every encoded binding in one SET; returns the setting the agent refused, or null.</summary>
    private async Task<SettingKey?> SetAllAsync(List<SnmpEncoding> encoded, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        if (encoded.Count == 1)
        {
            return await SetOneAsync(encoded[0], diagnostics, cancellationToken).ConfigureAwait(false);
        }

        var all = new SnmpEncoding(encoded.Count > 0 ? encoded[0].Key : SettingKey.SmtpEnabled);
        var owners = new List<SettingKey>();
        foreach (var encoding in encoded)
        {
            for (var i = 0; i < encoding.Bindings.Count; i++)
            {
                all.Add(encoding.Paths[i], encoding.Bindings[i].Oid, encoding.Bindings[i].Value);
                owners.Add(encoding.Key);
            }
        }

        if (all.Bindings.Count == 0)
        {
            return null;
        }

        var outcome = await Channel.SetAsync(all.Bindings, "write", cancellationToken).ConfigureAwait(false);
        if (outcome.IsSuccess)
        {
            return null;
        }

        var owner = outcome.ErrorIndex >= 1 && outcome.ErrorIndex <= owners.Count ? owners[outcome.ErrorIndex - 1] : all.Key;
        SnmpSetting.RejectedByAgent(diagnostics, SnmpSetting.PathOf(all, outcome), outcome);
        return owner;
    }

    /// <summary>
    /// Sends one SET per encoded setting in the driver's write order, recording each applied one; stops at the
    /// first the agent refuses and returns its key (the error-index still names the setting path), or null.
    /// </summary>
    private async Task<SettingKey?> SetInOrderAsync(List<SnmpEncoding> encoded, Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        foreach (var encoding in encoded.OrderBy(e => driver.Writes.RankOf(e.Key)))
        {
            if (await SetOneAsync(encoding, diagnostics, cancellationToken).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            statuses[encoding.Key] = WriteStatus.Applied;
        }

        return null;
    }

    /// <summary>Sets the driver's commit object once when at least one change was applied; a refusal is an error diagnostic.</summary>
    private async Task CommitAsync(Dictionary<SettingKey, WriteStatus> statuses, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        if (driver.Writes.Commit is not { } commit || !statuses.ContainsValue(WriteStatus.Applied))
        {
            return;
        }

        var outcome = await Channel.SetAsync([commit.Binding], "commit", cancellationToken).ConfigureAwait(false);
        if (!outcome.IsSuccess)
        {
            diagnostics.Add(Diagnostic.Error(
                "snmp.commitRefused",
                "Device refused the commit object",
                $"Setting {commit.Binding.Oid} to {commit.Binding.Value} was answered with {outcome.StatusName}; the changes may not take effect until it is set. Check the driver's commit step (a mapping file's 'commit')."));
        }
    }

    /// <summary>Sends one setting's bindings as they are (no merged copy); returns its key when the agent refused them.</summary>
    private async Task<SettingKey?> SetOneAsync(SnmpEncoding encoding, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        if (encoding.Bindings.Count == 0)
        {
            return null;
        }

        var outcome = await Channel.SetAsync(encoding.Bindings, "write", cancellationToken).ConfigureAwait(false);
        if (outcome.IsSuccess)
        {
            return null;
        }

        SnmpSetting.RejectedByAgent(diagnostics, SnmpSetting.PathOf(encoding, outcome), outcome);
        return encoding.Key;
    }

    private static WriteResponse Finish(
        Dictionary<SettingKey, WriteStatus> statuses, List<(SettingChange Change, SnmpSetting Setting)> known, Func<SettingKey, WriteStatus> status, DiagnosticList diagnostics)
    {
        foreach (var (change, _) in known)
        {
            statuses[change.Key] = status(change.Key);
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    /// <summary>Sends <paramref name="bindings"/> in one SET after forgetting every read made ahead.</summary>
    /// <param name="bindings">The bindings.</param>
    /// <param name="operation">What the SET is for, carried by errors.</param>
    /// <param name="cancellationToken">Cancels the SET.</param>
    /// <returns>The agent's answer.</returns>
    protected async Task<SnmpSetOutcome> SetAsync(IReadOnlyList<VarBind> bindings, string operation, CancellationToken cancellationToken)
    {
        ForgetReads();
        return await Channel.SetAsync(bindings, operation, cancellationToken).ConfigureAwait(false);
    }
}
