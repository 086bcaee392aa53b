using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Mail;

namespace Provisioner.Cli.Commands;

/// <summary>
/// <c>provisioner mail render INVENTORY --target exchange|postfix|dns [--out DIR]</c>: renders the
/// mail-server configuration; prints it, or writes its files to DIR.
/// </summary>
internal static class MailRenderCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services)
    {
        var inventory = SharedOptions.Inventory();
        var target = new Option<MailTarget>("--target", "-t")
        {
            Description = "What to render: exchange (Exchange Management Shell script), postfix (mynetworks, virtual alias map, apply script) or dns (smtp CNAME: BIND fragment and Windows DNS script).",
            HelpName = "exchange|postfix|dns",
            Required = true,
        };
        var outDirectory = new Option<DirectoryInfo?>("--out")
        {
            Description = "Write the rendered files into this directory (created when missing) instead of printing them.",
            HelpName = "DIR",
        };
        var command = new Command("render", "Render the mail-server configuration from the inventory: Exchange, Postfix or DNS. Every file starts with a header naming the inventory, its git commit and the time. Touches no server. Exit 0 when rendered, 3 on inventory errors.")
        {
            inventory,
            target,
            outDirectory,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetRequiredValue(inventory);
            if (await MailSideInput.LoadAsync(session, path, cancellationToken) is not { } side)
            {
                return ExitCodes.InventoryErrors;
            }

            IReadOnlyList<RenderedFile> files;
            try
            {
                files = MailRenderers.For(parseResult.GetValue(target), TimeProvider.System).Render(side);
            }
            catch (MailRenderException e)
            {
                await session.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.InventoryErrors;
            }

            await WriteAsync(session, files, parseResult.GetValue(outDirectory), cancellationToken);
            if (MailSideChecker.Check(side).HasErrors)
            {
                session.Log.Warning("The device side and the mail side disagree; run 'provisioner mail check {Inventory}'", path);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteAsync(CommandSession session, IReadOnlyList<RenderedFile> files, DirectoryInfo? directory, CancellationToken cancellationToken)
    {
        if (directory is null)
        {
            foreach (var file in files)
            {
                if (files.Count > 1)
                {
                    await session.Out.WriteLineAsync($"==> {file.Name} <==");
                }

                await session.Out.WriteAsync(file.Content);
            }

            return;
        }

        directory.Create();
        foreach (var file in files)
        {
            var destination = Path.Combine(directory.FullName, file.Name);
            await File.WriteAllTextAsync(destination, file.Content, cancellationToken);
            await session.Error.WriteLineAsync($"wrote {destination}");
        }
    }
}
