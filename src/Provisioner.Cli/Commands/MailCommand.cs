using System.CommandLine;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner mail</c>: the mail-server side of the inventory (<c>render</c>, <c>check</c>).</summary>
internal static class MailCommand
{
    /// <summary>Creates the command with its sub-commands.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services) =>
        new("mail", "The mail-server side of the inventory: relay ranges, distribution groups, mail contacts and the smtp CNAME (docs/mail.md).")
        {
            MailRenderCommand.Create(services),
            MailCheckCommand.Create(services),
        };
}
