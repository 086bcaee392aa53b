using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Redaction;

/// <summary>
/// A badly behaved driver around another: it puts the secrets it handles into diagnostics, identity
/// fields and exception messages, as a careless real driver might. <see cref="Leaks"/> counts the
/// attempts, so the canary test proves the secrets really travelled towards the sinks.
/// </summary>
internal sealed class LeakyDriver(IDeviceDriver inner, string throwingAddress) : IDeviceDriver
{
    public int Leaks;

    public DriverDescriptor Descriptor => inner.Descriptor;

    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        var community = request.Secrets.Resolve(request.Credentials.Snmp!.Community!).Reveal();
        if (request.Address == throwingAddress)
        {
            Interlocked.Increment(ref Leaks);
            throw new DeviceProtocolException($"Agent answered garbage to community '{community}'") { Endpoint = request.Endpoint, Operation = $"GET with community {community}" };
        }

        return new LeakySession(await inner.OpenAsync(request, cancellationToken), community, this);
    }

    private sealed class LeakySession(IDriverSession inner, string community, LeakyDriver owner) : IDriverSession
    {
        public SessionMode Mode => inner.Mode;

        public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner.Leaks);
            var identity = await inner.IdentifyAsync(cancellationToken);
            return identity with { Firmware = $"1.0 (community {community})" };
        }

        public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner.Leaks);
            var response = await inner.ReadAsync(request, cancellationToken);
            return response with { Diagnostics = [Diagnostic.Warning("leak.read", $"Read with {community}", $"community={community}")] };
        }

        public async ValueTask<WriteResponse> WriteAsync(WriteRequest request, CancellationToken cancellationToken)
        {
            var response = await inner.WriteAsync(request, cancellationToken);
            var password = request.Changes.Select(c => c.Value).OfType<SecretValue>().Select(s => s.Value.Reveal()).FirstOrDefault();
            if (password is null)
            {
                return response;
            }

            Interlocked.Increment(ref owner.Leaks);
            return response with
            {
                Diagnostics = [Diagnostic.Warning("leak.write", $"Password {password} set", $"wrote {password}") with { Path = $"smtp.auth.password={password}" }],
            };
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
