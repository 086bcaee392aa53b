using Provisioner.Abstractions;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// A session of an <see cref="SnmpDriver"/>. Reads are batched: the objects of every requested setting
/// go out in as few GETs as the agent allows (<see cref="SnmpBatchReader"/>) and each setting decodes
/// its values. Identify reads sysObjectID and sysDescr in the same GET as every setting's objects when
/// the agent answers missing objects inline (v2c/v3), and the session's first read is served from it.
/// Writes go out in one SET (the agent stores all or none) for the settings that encode their changes;
/// settings that write in steps follow in request order. Whether the device is the one the driver
/// handles is the engine's check, made once before anything is read.
/// </summary>
public partial class SnmpDriverSession : IDriverSession
{
    private static readonly Oid[] IdentityObjects = [SystemOids.SysObjectId, SystemOids.SysDescr];
    private readonly SnmpDriver driver;
    private SnmpFetch? readAhead;
    private SnmpFetch? lastRead;
    private SnmpFetch? snapshotRead;

    /// <summary>Creates the session.</summary>
    /// <param name="driver">The driver.</param>
    /// <param name="channel">The open channel; the session disposes it.</param>
    /// <param name="mode">Read-only or read-write.</param>
    public SnmpDriverSession(SnmpDriver driver, SnmpChannel channel, SessionMode mode)
    {
        this.driver = driver ?? throw new ArgumentNullException(nameof(driver));
        Channel = channel ?? throw new ArgumentNullException(nameof(channel));
        Reader = new SnmpBatchReader(channel);
        Mode = mode;
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <summary>The requests this session has sent so far (GETs, SETs, walks): its round trips.</summary>
    public int RoundTrips => Channel.Requests;

    /// <summary>The driver.</summary>
    protected SnmpDriver Driver => driver;

    /// <summary>The device's channel.</summary>
    protected SnmpChannel Channel { get; }

    /// <summary>The batching reader of this session (it remembers the agent's GET size limit).</summary>
    protected SnmpBatchReader Reader { get; }

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var withState = Channel.AnswersMissingObjectsInline;
        var fetch = await Reader.ReadAsync(withState ? driver.IdentityAndStateObjects : IdentityObjects, "identify", cancellationToken).ConfigureAwait(false);
        readAhead = withState ? fetch : null;
        var sysObjectId = fetch[SystemOids.SysObjectId] is ObjectIdentifier id ? id.Value.ToString() : null;
        var sysDescr = fetch[SystemOids.SysDescr] is OctetString descr ? DisplayStringCodec.FromWire(descr.AsSpan()) : null;
        return driver.Identify(sysObjectId, sysDescr);
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = new List<SnmpSetting>(request.Keys.Count);
        foreach (var key in request.Keys)
        {
            if (driver.Find(key) is { } setting)
            {
                settings.Add(setting);
            }
        }

        var fetch = await FetchAsync(ObjectsToRead(settings), "read", cancellationToken).ConfigureAwait(false);
        lastRead = fetch;
        var diagnostics = new DiagnosticList();
        var values = new Dictionary<SettingKey, Observed>(request.Keys.Count);
        foreach (var key in request.Keys)
        {
            values[key] = driver.Find(key) is { } setting
                ? await setting.ReadAsync(fetch, diagnostics, cancellationToken).ConfigureAwait(false)
                : new Observed.NotSupported($"driver {driver.Descriptor.Id} does not manage {key.Name}");
        }

        return new ReadResponse { Values = values, Diagnostics = diagnostics };
    }

    /// <summary>The instances a read of <paramref name="requested"/> GETs; by default exactly theirs.</summary>
    /// <param name="requested">The settings asked for.</param>
    /// <returns>The instances.</returns>
    protected virtual IReadOnlyList<Oid> ObjectsToRead(IReadOnlyList<SnmpSetting> requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        return requested.Count == driver.Settings.Count ? driver.StateObjects : [.. requested.SelectMany(s => s.ReadObjects).Distinct()];
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the channel; override to release more.</summary>
    /// <returns>A task that completes when closed.</returns>
    protected virtual ValueTask DisposeAsyncCore() => Channel.DisposeAsync();

    /// <summary>
    /// Reads <paramref name="wanted"/>: served from the read made at identify when it covers them (once), or
    /// from the session's last read when <paramref name="reuseLastRead"/> and nothing was written since;
    /// otherwise batched GETs.
    /// </summary>
    /// <param name="wanted">The instances, each once.</param>
    /// <param name="operation">What the read is for, carried by errors.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="reuseLastRead">Whether the last read of this session may serve (snapshot right after a read).</param>
    /// <returns>The values.</returns>
    protected async Task<SnmpFetch> FetchAsync(IReadOnlyList<Oid> wanted, string operation, CancellationToken cancellationToken, bool reuseLastRead = false)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        if (Interlocked.Exchange(ref readAhead, null) is { } ahead && ahead.Covers(wanted))
        {
            return ahead;
        }

        if (reuseLastRead && lastRead is { } last && last.Covers(wanted))
        {
            return last;
        }

        return await Reader.ReadAsync(wanted, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps <paramref name="fetch"/> as what the device held at the snapshot, for the next write to build on.</summary>
    /// <param name="fetch">The snapshot's read.</param>
    protected void RememberSnapshot(SnmpFetch fetch) => snapshotRead = fetch;

    /// <summary>Forgets every read made ahead: the device is about to change.</summary>
    /// <returns>The snapshot's read, when one was taken since the last write.</returns>
    protected SnmpFetch? ForgetReads()
    {
        readAhead = null;
        lastRead = null;
        return Interlocked.Exchange(ref snapshotRead, null);
    }

    /// <summary>Throws when the session is read-only.</summary>
    /// <param name="what">What was attempted, for the message.</param>
    /// <exception cref="ReadOnlySessionException">The session is read-only.</exception>
    protected void EnsureWritable(string what)
    {
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"{Channel.DeviceName}: {what} attempted on a read-only session; nothing was sent.");
        }
    }
}
