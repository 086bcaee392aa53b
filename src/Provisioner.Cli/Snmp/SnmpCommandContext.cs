using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Snmp.Client;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// Runs the body of a troubleshooting command: starts the command session, builds the target from
/// the options (secrets from the context's environment when not given), opens a client, and
/// reports failures as net-snmp-like messages with an exit code.
/// </summary>
/// <param name="services">The CLI services (writers, environment, global options).</param>
/// <param name="options">The shared SNMP options.</param>
internal sealed class SnmpCommandContext(CliServices services, SnmpCommandOptions options)
{
    /// <summary>The shared options.</summary>
    public SnmpCommandOptions Options { get; } = options;

    /// <summary>Runs <paramref name="body"/> with a client and target built from <paramref name="parseResult"/>.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="body">The command: client, target, output format, stdout, stderr, token → exit code.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    /// <returns>The exit code.</returns>
    public async Task<int> RunAsync(
        ParseResult parseResult,
        Func<SnmpClient, SnmpTarget, OutputFormat, TextWriter, TextWriter, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(body);
        await using var session = services.Begin(parseResult);
        var secrets = new SnmpSecretEnvironment(session.Context.Environment);
        return await SnmpErrorReporter.RunAsync(
            async () =>
            {
                var target = await new SnmpTargetFactory(secrets).CreateAsync(Options.Read(parseResult), cancellationToken);
                session.Log.Debug("SNMP {Command} to {Target}", parseResult.CommandResult.Command.Name, target);
                await using var client = new SnmpClient();
                return await body(client, target, parseResult.GetValue(Options.Output), session.Out, session.Error, cancellationToken);
            },
            session.Error);
    }
}
