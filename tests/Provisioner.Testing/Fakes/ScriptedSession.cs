using Provisioner.Abstractions;

namespace Provisioner.Testing.Fakes;

/// <summary>A session of <see cref="ScriptedDriver"/> with the three primitives only.</summary>
public class ScriptedSession : IDriverSession
{
    internal ScriptedSession(ScriptedDriver driver, ScriptedDevice device, OpenRequest request)
    {
        Driver = driver;
        Device = device;
        Request = request;
    }

    /// <inheritdoc/>
    public SessionMode Mode => Request.Mode;

    /// <summary>The device this session talks to.</summary>
    protected ScriptedDevice Device { get; }

    /// <summary>The driver.</summary>
    internal ScriptedDriver Driver { get; }

    /// <summary>The request the session was opened with.</summary>
    protected OpenRequest Request { get; }

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        await BeforeAsync("identify", cancellationToken);
        return Device.Identity;
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await BeforeAsync("read", cancellationToken);
        return new ReadResponse { Values = request.Keys.ToDictionary(k => k, Device.Observe) };
    }

    /// <inheritdoc/>
    public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureWritable("write");
        await BeforeAsync("write", cancellationToken);
        var statuses = new Dictionary<SettingKey, WriteStatus>();
        var diagnostics = new DiagnosticList();
        foreach (var change in request.Changes)
        {
            statuses[change.Key] = Device.Write(change, out var diagnostic);
            if (diagnostic is not null)
            {
                diagnostics.Add(diagnostic);
            }
        }

        return new WriteResponse { Statuses = statuses, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        Device.SessionClosed();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs the driver's hook and silence for <paramref name="operation"/>.</summary>
    /// <param name="operation">The operation name.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task.</returns>
    protected Task BeforeAsync(string operation, CancellationToken cancellationToken) => Driver.BeforeAsync(Device, Request, operation, cancellationToken);

    /// <summary>Throws <see cref="ReadOnlySessionException"/> when the session is read-only.</summary>
    /// <param name="operation">What was attempted.</param>
    protected void EnsureWritable(string operation)
    {
        if (Mode == SessionMode.ReadOnly)
        {
            throw new ReadOnlySessionException($"{operation} on read-only session of {Request.DeviceName}; nothing was sent.");
        }
    }
}
