using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Cli.Output;
using Provisioner.Mail;
using Spectre.Console;

namespace Provisioner.Cli.Commands;

/// <summary>
/// <c>provisioner mail check INVENTORY [--strict]</c>: cross-checks the device side against the mail
/// side without a mail server. Exit codes as for <c>lint</c>.
/// </summary>
internal static class MailCheckCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services)
    {
        var inventory = SharedOptions.Inventory();
        var strict = SharedOptions.Strict();
        var output = SharedOptions.Output();
        var command = new Command("check", "Cross-check devices and mail side without a mail server: every device inside the relay ranges, every recipient a rendered group, the shared mailbox in every group, no deliverable sender, critical groups with an external recipient. Exit 0 when clean, 3 on errors (or on warnings with --strict), 4 on a usage error.")
        {
            inventory,
            strict,
            output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetRequiredValue(inventory);
            if (await MailSideInput.LoadAsync(session, path, cancellationToken) is not { } side)
            {
                return ExitCodes.InventoryErrors;
            }

            var diagnostics = MailSideChecker.Check(side);
            var format = parseResult.GetValue(output);
            DiagnosticWriter.Write(session.Console, session.Out, format, path, diagnostics);
            var errors = diagnostics.Errors.Count();
            var warnings = diagnostics.Warnings.Count();
            if (format == OutputFormat.Table)
            {
                var colour = errors > 0 ? "red" : warnings > 0 ? "yellow" : "green";
                session.Console.MarkupLine($"[{colour}]{Markup.Escape(path)}: {side.Devices.Count} devices, {side.Groups.Count} groups, {side.Contacts.Count} contacts; {errors} error(s), {warnings} warning(s)[/]");
            }

            return errors > 0 || (parseResult.GetValue(strict) && warnings > 0) ? ExitCodes.InventoryErrors : ExitCodes.Ok;
        });
        return command;
    }
}
