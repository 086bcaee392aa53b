using Provisioner.Abstractions;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// A session with snapshot and restore for drivers whose writable settings read single instances: the
/// snapshot is the values of every writable setting's <see cref="SnmpSetting.ReadObjects"/> (the
/// session's last read when nothing was written since, so an apply pays no extra GET), and restore puts
/// them all back in one SET. The write after a snapshot builds on it instead of reading again.
/// </summary>
public class SnmpSnapshotDriverSession : SnmpDriverSession, ISupportsSnapshot
{
    /// <summary>Creates the session.</summary>
    /// <param name="driver">The driver.</param>
    /// <param name="channel">The open channel; the session disposes it.</param>
    /// <param name="mode">Read-only or read-write.</param>
    public SnmpSnapshotDriverSession(SnmpDriver driver, SnmpChannel channel, SessionMode mode)
        : base(driver, channel, mode)
    {
    }

    /// <summary>Every read reads every setting's objects (in the same GET), so a snapshot right after it costs nothing.</summary>
    /// <param name="requested">The settings asked for.</param>
    /// <returns>The instances.</returns>
    protected override IReadOnlyList<Oid> ObjectsToRead(IReadOnlyList<SnmpSetting> requested) => Driver.StateObjects;

    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var objects = Driver.WritableObjects;
        var fetch = await FetchAsync(objects, "snapshot", cancellationToken, reuseLastRead: true).ConfigureAwait(false);
        RememberSnapshot(fetch);
        var keys = request.Keys.Count > 0 ? request.Keys : Driver.Settings.Select(s => s.Key).ToHashSet();
        var values = new Dictionary<SettingKey, Observed>();
        var diagnostics = new DiagnosticList();
        foreach (var key in keys)
        {
            if (Driver.Find(key) is { } setting && fetch.Covers(setting.ReadObjects))
            {
                values[key] = await setting.ReadAsync(fetch, diagnostics, cancellationToken).ConfigureAwait(false);
            }
        }

        var saved = new SnmpSnapshotState(Driver.Descriptor.Id, WritableBindings(fetch, objects));
        return new SnapshotResponse { Snapshot = new DeviceSnapshot { Values = values, DriverState = saved }, Diagnostics = diagnostics };
    }

    /// <summary>The bindings of <paramref name="fetch"/> that hold a value of a writable object, in read order.</summary>
    private static List<VarBind> WritableBindings(SnmpFetch fetch, IReadOnlyList<Oid> writable)
    {
        var bindings = fetch.Bindings;
        var saved = new List<VarBind>(writable.Count);
        for (var i = 0; i < bindings.Count; i++)
        {
            if (!bindings[i].Value.IsException && writable.Contains(bindings[i].Oid))
            {
                saved.Add(bindings[i]);
            }
        }

        return saved;
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        if (request.Snapshot.DriverState is not SnmpSnapshotState state || state.DriverId != Driver.Descriptor.Id)
        {
            return new RestoreResponse
            {
                Restored = false,
                Diagnostics = [Diagnostic.Error("snmp.foreignSnapshot", $"The snapshot was not taken by the {Driver.Descriptor.Id} driver", "Restore only snapshots this driver took.") with { Device = Channel.DeviceName }],
            };
        }

        if (state.Bindings.Count == 0)
        {
            return new RestoreResponse { Restored = true };
        }

        var outcome = await SetAsync(state.Bindings, "restore", cancellationToken).ConfigureAwait(false);
        if (outcome.IsSuccess)
        {
            return new RestoreResponse { Restored = true };
        }

        var diagnostics = new DiagnosticList();
        var owner = Driver.Settings.FirstOrDefault(s => outcome.FailedOid is { } failed && s.ReadObjects.Contains(failed));
        SnmpSetting.RejectedByAgent(diagnostics, owner?.Key.Name ?? "restore", outcome);
        return new RestoreResponse { Restored = false, Diagnostics = diagnostics };
    }
}
