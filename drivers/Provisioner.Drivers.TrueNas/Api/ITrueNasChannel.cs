using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas.Api;

/// <summary>
/// A middleware method call over either API generation: the session speaks method names
/// (<see cref="Methods"/>) and positional arguments, the channel puts them on its wire.
/// </summary>
internal interface ITrueNasChannel : IAsyncDisposable
{
    /// <summary>The API generation this channel speaks.</summary>
    ApiGeneration Generation { get; }

    /// <summary>The device endpoint, for messages.</summary>
    string Endpoint { get; }

    /// <summary>Calls a method.</summary>
    /// <param name="method">The method, e.g. <c>mail.update</c>.</param>
    /// <param name="args">The positional arguments.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result or the device's errors.</returns>
    Task<TrueNasAnswer> CallAsync(string method, JsonArray args, CancellationToken cancellationToken);

    /// <summary>Registers a secret sent in arguments (the SMTP password), so device text quoting it is scrubbed.</summary>
    /// <param name="secret">The secret.</param>
    void AddSecret(Secret secret);
}
