using System.CommandLine;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner lab</c>: simulated devices on loopback for rehearsing an inventory.</summary>
internal static class LabCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(CliServices services) => new("lab", "Simulated devices on loopback (127.x.y.z) that speak their vendor's real protocol, plus an SMTP capture standing in for the relay. See docs/lab.md.")
    {
        LabUpCommand.Create(services),
        LabDownCommand.Create(services),
        LabStatusCommand.Create(services),
    };
}
