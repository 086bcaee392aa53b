using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// A session of an <see cref="SnmpDriver"/>: reads every requested setting through its
/// <see cref="SnmpSetting"/> and writes changes in order (one Set per setting). Whether the device is
/// the one the driver handles is the engine's check, made once before anything is read.
/// </summary>
public class SnmpDriverSession : IDriverSession
{
    private readonly SnmpDriver driver;

    /// <summary>Creates the session.</summary>
    /// <param name="driver">The driver.</param>
    /// <param name="channel">The open channel; the session disposes it.</param>
    /// <param name="mode">Read-only or read-write.</param>
    /// <param name="identity">What the device said it is at open.</param>
    public SnmpDriverSession(SnmpDriver driver, SnmpChannel channel, SessionMode mode, IdentifyResponse identity)
    {
        this.driver = driver ?? throw new ArgumentNullException(nameof(driver));
        Channel = channel ?? throw new ArgumentNullException(nameof(channel));
        Identity = identity ?? throw new ArgumentNullException(nameof(identity));
        Mode = mode;
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <summary>The device's channel.</summary>
    protected SnmpChannel Channel { get; }

    /// <summary>What the device said it is at open.</summary>
    protected IdentifyResponse Identity { get; }

    /// <inheritdoc/>
    public ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Identity);
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new DiagnosticList();
        var values = new Dictionary<SettingKey, Observed>();
        foreach (var key in request.Keys.Order(SettingKey.CatalogueOrder))
        {
            values[key] = driver.Find(key) is { } setting
                ? await setting.ReadAsync(Channel, diagnostics, cancellationToken)
                : new Observed.NotSupported($"driver {driver.Descriptor.Id} does not manage {key.Name}");
        }

        return new ReadResponse { Values = values, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        var diagnostics = new DiagnosticList();
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var stopped = false;
        foreach (var change in request.Changes)
        {
            if (stopped)
            {
                statuses[change.Key] = WriteStatus.NotAttempted;
                continue;
            }

            if (driver.Find(change.Key) is not { } setting)
            {
                diagnostics.Add(Diagnostic.Warning("setting.notSupported", $"{change.Key.Name} is not managed by {driver.Descriptor.Id}", "Nothing was written for it.") with { Path = change.Key.Name });
                statuses[change.Key] = WriteStatus.NotSupported;
                continue;
            }

            var status = await setting.WriteAsync(Channel, change, diagnostics, cancellationToken);
            statuses[change.Key] = status;
            stopped = status == WriteStatus.Rejected;
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore();
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the channel; override to release more.</summary>
    /// <returns>A task that completes when closed.</returns>
    protected virtual ValueTask DisposeAsyncCore() => Channel.DisposeAsync();

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
