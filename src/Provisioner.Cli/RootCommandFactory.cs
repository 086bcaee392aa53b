using System.CommandLine;
using Provisioner.Cli.Commands;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli;

/// <summary>
/// Builds the <c>provisioner</c> command tree. To add a command, write <c>Commands/XCommand.cs</c> with a
/// <c>public static Command Create(CliServices services)</c> and add one line to <see cref="Factories"/>.
/// </summary>
internal static class RootCommandFactory
{
    /// <summary>Every sub-command, in the order <c>--help</c> lists them.</summary>
    private static readonly Func<CliServices, Command>[] Factories =
    [
        LintCommand.Create,
        RenderCommand.Create,
        PlanCommand.Create,
        ApplyCommand.Create,
        DiffCommand.Create,
        TestCommand.Create,
        AttestCommand.Create,
        TrustCommand.Create,
        LabCommand.Create,
        DemoCommand.Create,
        MailCommand.Create,
        SnmpCommand.Create,
        DriversCommand.Create,
        DiscoverCommand.Create,
    ];

    /// <summary>Creates the root command with every sub-command and the global options.</summary>
    /// <param name="context">The writers and environment.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Create(CliContext context) => Create(context, new GlobalOptions());

    /// <summary>Creates the root command with every sub-command and <paramref name="globals"/> on every command.</summary>
    /// <param name="context">The writers and environment.</param>
    /// <param name="globals">The global options, which the caller reads too.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Create(CliContext context, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var services = new CliServices(context, globals);
        var root = new RootCommand(
            "Provisioner pushes alert e-mail (SMTP) settings to infrastructure devices (UPS cards, PDUs, sensors, NAS/SAN) "
            + "from a YAML inventory, the way the organisation's notification guideline says: through the relay by IP address, "
            + "from a sender named after the device, to distribution groups, for warnings and worse.");
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new ProductVersionAction();
        }

        foreach (var factory in Factories)
        {
            root.Add(factory(services));
        }

        globals.AddTo(root);
        return root;
    }
}
