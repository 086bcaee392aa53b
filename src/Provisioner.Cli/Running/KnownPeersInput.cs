using Provisioner.Cli.Infrastructure;
using Provisioner.Core;

namespace Provisioner.Cli.Running;

/// <summary>Reads the known-peers store that lives with the inventory (known_certs, known_hosts) for the commands that contact devices.</summary>
internal static class KnownPeersInput
{
    /// <summary>
    /// Loads the store of <paramref name="inventory"/>. A line of either file that cannot be read is a
    /// preflight error: each is printed as <c>file:line: what is wrong</c> and null is returned, so the
    /// command stops before any device is contacted rather than run with a trust the admin did not mean.
    /// </summary>
    /// <param name="session">The session, for messages.</param>
    /// <param name="inventory">The inventory path.</param>
    /// <returns>The store, or null when a file has errors.</returns>
    public static async Task<KnownPeers?> LoadAsync(CommandSession session, string inventory)
    {
        var peers = KnownPeers.Load(InventoryDirectory.Of(inventory));
        if (peers.Problems.Count == 0)
        {
            return peers;
        }

        foreach (var problem in peers.Problems)
        {
            await session.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        await session.Error.WriteLineAsync($"The known-peers files of {inventory} ({KnownPeers.KnownCertificatesFileName}, {KnownPeers.KnownHostsFileName}) have lines that cannot be read; no device was contacted. Correct or delete those lines (docs/inventory.md, 'Peer trust').").ConfigureAwait(false);
        return null;
    }
}
