using System.CommandLine;
using Provisioner.Cli.Delivery;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Commands;

/// <summary>
/// <c>provisioner test</c>: each selected device sends a test alert, and the mailbox the inventory's
/// <c>verification</c> section names confirms that it arrived, through which groups, and how fast.
/// </summary>
internal static class TestCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var options = new TestOptions();
        var command = new Command("test", "Prove that alerts arrive: trigger each selected device's test message (with a unique token where the device lets us set the text), then watch the inventory's verification mailbox over IMAP and report per device: delivered (latency, groups reached and missed), not-delivered, rejected (the device's own SMTP result), cannot-self-test (which button to press, then --await). Exit 0 when every selected device delivered, 1 when any did not or the mailbox could not be read, 3 on inventory errors (including no verification section or an unresolvable password reference), 4 on a usage error (e.g. a filter that selects no device).");
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            return await TestRun.ExecuteAsync(session, options.Read(parseResult), new TestRunFlags(
                (parseResult.GetValue(options.Await) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase),
                parseResult.GetValue(options.ViaRelay),
                parseResult.GetValue(options.Cleanup),
                parseResult.GetValue(options.Timeout)), cancellationToken);
        });
        return command;
    }
}
