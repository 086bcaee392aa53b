using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// The only view of a session the engine's observe phase (and so plan and diff) holds: identify and
/// read, no write, commit, snapshot or restore. Plan mode never gets past this type.
/// </summary>
internal sealed class ReadOnlySessionView(IDriverSession session)
{
    public ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken) => session.IdentifyAsync(cancellationToken);

    public ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken) => session.ReadAsync(request, cancellationToken);
}
