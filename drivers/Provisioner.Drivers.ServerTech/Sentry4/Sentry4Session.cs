using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.ServerTech;

/// <summary>
/// A Sentry4 session: the primitives plus snapshot/restore of every <c>st4*Notifications</c> row, because
/// <c>smtp.enabled</c> summarises many rows and writing "false" back would not restore a mixed state.
/// </summary>
internal sealed class Sentry4Session(SnmpDriver driver, SnmpChannel channel, SessionMode mode)
    : SnmpDriverSession(driver, channel, mode), ISupportsSnapshot
{
    /// <inheritdoc/>
    public async ValueTask<SnapshotResponse> SnapshotAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = await EventEmailBitsSetting.ReadRowsAsync(Channel, cancellationToken);
        var values = new Dictionary<SettingKey, Observed>
        {
            [SettingKey.SmtpEnabled] = rows.Count == 0
                ? new Observed.NotSupported("no event rows")
                : new Observed.Known(new BooleanValue(rows.All(r => EventEmailBitsSetting.HasEmail(((OctetString)r.Value).AsSpan())))),
        };
        return new SnapshotResponse { Snapshot = new DeviceSnapshot { Values = values, DriverState = rows } };
    }

    /// <inheritdoc/>
    public async ValueTask<RestoreResponse> RestoreAsync(RestoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("restore");
        var diagnostics = new DiagnosticList();
        if (request.Snapshot.DriverState is not IReadOnlyList<VarBind> saved)
        {
            diagnostics.Add(Diagnostic.Error("sentry4.foreignSnapshot", "Snapshot not taken by this driver", "Nothing was restored.") with { Path = SettingKey.SmtpEnabled.Name });
            return new RestoreResponse { Restored = false, Diagnostics = diagnostics };
        }

        var now = (await EventEmailBitsSetting.ReadRowsAsync(Channel, cancellationToken)).ToDictionary(r => r.Oid, r => r.Value);
        var changes = saved.Where(s => !now.TryGetValue(s.Oid, out var v) || !Equals(v, s.Value)).ToList();
        var outcome = await EventEmailBitsSetting.WriteRowsAsync(Channel, changes, cancellationToken);
        if (!outcome.IsSuccess)
        {
            diagnostics.Add(Diagnostic.Error("snmp." + outcome.StatusName, "Device refused to restore an event row", $"SET {outcome.FailedOid} answered {outcome.StatusName}.") with { Path = SettingKey.SmtpEnabled.Name });
        }

        return new RestoreResponse { Restored = outcome.IsSuccess, Diagnostics = diagnostics };
    }
}
