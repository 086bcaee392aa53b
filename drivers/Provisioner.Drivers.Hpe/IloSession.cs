using System.Net.Http;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Hpe;

/// <summary>
/// One logged-in iLO: identify from the service root and <c>Managers/1</c>, read AlertMail from
/// <c>Managers/1/NetworkProtocol</c>, write it in one PATCH, snapshot/restore it and send a test alert mail.
/// </summary>
internal sealed partial class IloSession : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private readonly IloConnection connection;
    private readonly string deviceName;

    /// <summary>The state of the last GET, reused by snapshot and write until something is written.</summary>
    private AlertMailState? lastRead;

    public IloSession(IloConnection connection, SessionMode mode, string deviceName)
    {
        this.connection = connection;
        this.deviceName = deviceName;
        Mode = mode;
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var root = await connection.SendAsync(HttpMethod.Get, Endpoints.ServiceRoot, null, null, cancellationToken).ConfigureAwait(false);
        var manager = await connection.SendAsync(HttpMethod.Get, Endpoints.Manager, null, null, cancellationToken).ConfigureAwait(false);
        Expect200(root);
        Expect200(manager);
        return IloIdentity.From(root.ReadJson(), manager.ReadJson());
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = await GetStateAsync(cancellationToken).ConfigureAwait(false);
        return new ReadResponse { Values = request.Keys.ToDictionary(k => k, k => AlertMailObservations.Of(state, k)) };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task<AlertMailState> GetStateAsync(CancellationToken cancellationToken)
    {
        var answer = await connection.SendAsync(HttpMethod.Get, Endpoints.NetworkProtocol, null, null, cancellationToken).ConfigureAwait(false);
        Expect200(answer);
        lastRead = AlertMailState.Read(answer);
        return lastRead;
    }

    private void RequireWritable(string what)
    {
        if (Mode == SessionMode.ReadOnly)
        {
            throw new ReadOnlySessionException($"{deviceName}: {what} on a read-only session (plan or diff); nothing was sent.");
        }
    }

    private static void Expect200(HttpAnswer answer)
    {
        if (answer.Interpret() is not HttpAccepted)
        {
            throw new DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} answered HTTP {answer.StatusCode}; an iLO 5/6 serves this resource. Check that the device is an iLO 5 or later.")
            {
                Endpoint = answer.Endpoint,
                Operation = answer.Operation,
            };
        }
    }
}
