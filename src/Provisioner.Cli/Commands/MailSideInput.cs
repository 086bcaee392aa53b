using Provisioner.Cli.Infrastructure;
using Provisioner.Mail;

namespace Provisioner.Cli.Commands;

/// <summary>Loading an inventory's mail side for the <c>mail</c> commands.</summary>
internal static class MailSideInput
{
    /// <summary>Loads <paramref name="path"/> and builds its mail side; on inventory errors prints them to standard error and returns null.</summary>
    /// <param name="session">The session.</param>
    /// <param name="path">The inventory path.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The mail side, or null when the inventory has errors.</returns>
    public static async Task<MailSide?> LoadAsync(CommandSession session, string path, CancellationToken cancellationToken)
    {
        var loaded = await InventoryInput.LoadAsync(session, path, cancellationToken).ConfigureAwait(false);
        if (loaded.Inventory is not { } model)
        {
            InventoryInput.PrintToError(session, loaded.Diagnostics);
            await session.Error.WriteLineAsync($"{path}: the inventory has errors. Fix them (see 'provisioner lint {path}').").ConfigureAwait(false);
            return null;
        }

        var origin = await GitOriginReader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        session.Log.Debug("Inventory {Inventory} is at commit {Commit}", path, origin.DescribeCommit());
        return MailSideBuilder.Build(model, origin);
    }
}
