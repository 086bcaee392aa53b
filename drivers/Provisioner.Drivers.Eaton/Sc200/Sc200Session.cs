using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Mapping;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>
/// A session with one SC200. Reads the email group in one GET; writes all changes in one SET (the
/// agent applies a SET all-or-nothing), after checking the device is an SC200. To save round trips,
/// identify reads the email group in the same GET and the first read of the session is served from
/// it, a snapshot taken before anything was written is the state that read returned, and a write
/// builds on that snapshot; any SET forgets all of them, so a read-back always asks the device again.
/// </summary>
internal sealed partial class Sc200Session(SnmpChannel channel, string device, SessionMode mode) : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private Sc200WireState? readWithIdentity;
    private Sc200WireState? snapshotState;
    private Sc200WireState? lastRead;

    /// <inheritdoc/>
    public SessionMode Mode { get; } = mode;

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var withState = channel.AnswersMissingObjectsInline;
        var answer = await channel.GetBindingsAsync(withState ? Sc200Oids.IdentityAndState : [Sc200Oids.SysObjectId, Sc200Oids.SysDescr], "identify", cancellationToken).ConfigureAwait(false);
        readWithIdentity = withState ? Sc200WireState.Parse([.. answer.Skip(2)]) : null;
        var sysObjectId = answer[0].Value is ObjectIdentifier o ? o.Value.ToString() : null;
        var sysDescr = answer[1].Value is OctetString s ? DisplayStringMapping.FromWire(s.AsSpan()) : null;
        var firmware = sysDescr is null ? null : VersionPattern().Match(sysDescr) is { Success: true } m ? m.Groups[1].Value : null;
        return new IdentifyResponse
        {
            Vendor = "Eaton",
            Model = sysObjectId?.StartsWith(Oids.Sc300Product, StringComparison.Ordinal) == true ? "SC300" : "SC200",
            Firmware = firmware,
            Details = SnmpIdentityRule.Details(sysObjectId, sysDescr),
        };
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = Interlocked.Exchange(ref readWithIdentity, null) ?? await ReadStateAsync("read", cancellationToken).ConfigureAwait(false);
        lastRead = state;
        return new ReadResponse { Values = request.Keys.ToDictionary(k => k, state.Observe) };
    }

    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"{device}: the session was opened read-only (plan or diff); nothing was written.");
        }

        ForgetReads(out var justSnapshotted);
        var writer = new Sc200ChangeWriter(justSnapshotted ?? await ReadStateAsync("write", cancellationToken).ConfigureAwait(false));
        writer.AddAll(request.Changes);
        var refused = writer.Refused.Select(d => d.Path?.Split('[')[0]).ToHashSet(StringComparer.Ordinal);
        if (refused.Count > 0)
        {
            return new WriteResponse
            {
                Statuses = request.Changes.ToDictionary(c => c.Key, c => refused.Contains(c.Key.Name) ? WriteStatus.Rejected : WriteStatus.NotAttempted),
                Diagnostics = [.. writer.Refused.Select(d => d with { Device = device })],
            };
        }

        return await SendAsync(writer, request.Changes.Select(c => c.Key).ToList(), "write", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<WriteResponse> SendAsync(Sc200ChangeWriter writer, List<SettingKey> keys, string operation, CancellationToken cancellationToken)
    {
        if (writer.Bindings.Count == 0)
        {
            return new WriteResponse { Statuses = keys.Distinct().ToDictionary(k => k, _ => WriteStatus.Applied) };
        }

        ForgetReads(out _);
        var outcome = await channel.SetAsync(writer.Bindings, operation, cancellationToken).ConfigureAwait(false);
        if (outcome.IsSuccess)
        {
            return new WriteResponse { Statuses = keys.Distinct().ToDictionary(k => k, _ => WriteStatus.Applied) };
        }

        var owner = writer.OwnerOf(outcome.ErrorIndex);
        var path = owner?.Path ?? (keys.Count > 0 ? keys[0].Name : null);
        var diagnostic = Diagnostic.Error(
            "snmp." + outcome.StatusName,
            $"The SC200 refused {path}: {outcome.Status}",
            $"{device} ({channel.Endpoint}) answered the SET with {outcome.Status} at binding {outcome.ErrorIndex} ({outcome.FailedOid}). The SET is all-or-nothing, so nothing was changed. Check the value against the RPS-SC200-MIB limits (see the driver README).")
            with { Path = path, Device = device };
        return new WriteResponse
        {
            Statuses = keys.Distinct().ToDictionary(k => k, k => owner is { } o && o.Key.Equals(k) ? WriteStatus.Rejected : WriteStatus.NotAttempted),
            Diagnostics = [diagnostic],
        };
    }

    /// <summary>Drops the states read ahead (before anything is written), returning the snapshot's.</summary>
    private void ForgetReads(out Sc200WireState? snapshot)
    {
        readWithIdentity = null;
        lastRead = null;
        snapshot = Interlocked.Exchange(ref snapshotState, null);
    }

    private async Task<Sc200WireState> ReadStateAsync(string operation, CancellationToken cancellationToken) =>
        Sc200WireState.Parse(await channel.GetBindingsAsync(Sc200Oids.State, operation, cancellationToken).ConfigureAwait(false));

    [GeneratedRegex(Sc200Model.SysDescrPattern, RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VersionPattern();
}
