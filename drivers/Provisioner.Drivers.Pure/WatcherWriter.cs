using System.Net.Http;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.Pure;

/// <summary>
/// Makes the managed alert watchers mail exactly the wanted addresses, in order, all enabled or all disabled: the
/// longest matching prefix stays (its <c>enabled</c> PATCHed where it differs); the rest is deleted and created again
/// in order (watchers are keyed by the address, so a position cannot be repointed). The vendor watcher is never touched.
/// </summary>
/// <param name="connection">The array's connection.</param>
/// <param name="device">The device name, for diagnostics.</param>
internal sealed class WatcherWriter(PureConnection connection, string device)
{
    /// <summary>Reads the managed watchers.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The watchers in listed order.</returns>
    public async Task<IReadOnlyList<AlertWatcher>> ReadAsync(CancellationToken cancellationToken) =>
        AlertWatcher.Managed(await connection.GetItemsAsync(Endpoints.AlertWatchers, cancellationToken).ConfigureAwait(false));

    /// <summary>Writes the wanted watchers.</summary>
    /// <param name="wanted">The addresses in order.</param>
    /// <param name="enabled">Whether they are to be enabled.</param>
    /// <param name="diagnostics">Receives one error per refused call.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>True when every call was accepted.</returns>
    public async Task<bool> WriteAsync(IReadOnlyList<string> wanted, bool enabled, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var current = await ReadAsync(cancellationToken).ConfigureAwait(false);
        var prefix = 0;
        while (prefix < current.Count && prefix < wanted.Count && string.Equals(current[prefix].Address, wanted[prefix], StringComparison.OrdinalIgnoreCase))
        {
            prefix++;
        }

        var ok = true;
        for (var i = 0; i < prefix; i++)
        {
            if (current[i].Enabled != enabled)
            {
                ok &= await CallAsync(HttpMethod.Patch, current[i].Address, new JsonObject { ["enabled"] = enabled }, i, diagnostics, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var surplus in current.Skip(prefix))
        {
            ok &= await CallAsync(HttpMethod.Delete, surplus.Address, null, null, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        for (var i = prefix; i < wanted.Count; i++)
        {
            ok &= await CallAsync(HttpMethod.Post, wanted[i], new JsonObject { ["enabled"] = enabled }, i, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        return ok;
    }

    private async Task<bool> CallAsync(HttpMethod method, string address, JsonObject? body, int? index, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var answer = await connection.SendAsync(method, Endpoints.Named(Endpoints.AlertWatchers, address), body, cancellationToken).ConfigureAwait(false);
        if (answer.Error is not { } error)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("pure.rejected", $"The FlashArray refused {method.Method} of alert watcher {address}: {error.Message}", $"{answer.Http.Operation} answered HTTP {answer.Http.StatusCode}: {error}.") with
        {
            Device = device,
            Path = index is { } i ? SettingKey.SmtpRecipients.PathAt(i) : SettingKey.SmtpRecipients.Name,
        });
        return false;
    }
}
