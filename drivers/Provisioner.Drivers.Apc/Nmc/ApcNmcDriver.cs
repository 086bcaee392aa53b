using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Transport.Ssh;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>
/// The <c>apc.nmc</c> driver: APC / Schneider Electric Network Management Card 2 and 3 over their SSH command line.
/// One SSH connection and one interactive shell (the NMC2 has no exec channel, reference §7) per session, for the whole
/// read → write → verify; the host key is checked by the transport before anything is sent. A plan is 2 commands
/// (<c>smtp</c>, <c>email</c>); an apply adds one command per option changed, then the read-back.
/// </summary>
public sealed class ApcNmcDriver : IDeviceDriver
{
    private readonly SshConnector connector;
    private readonly bool terminal;

    /// <summary>Creates the driver on the composition root's SSH connector; sessions use a pseudo-terminal, as an interactive <c>ssh</c> does.</summary>
    /// <param name="connector">The SSH connector.</param>
    public ApcNmcDriver(SshConnector connector)
        : this(connector, terminal: true)
    {
    }

    /// <summary>Creates the driver, choosing whether sessions ask for a pseudo-terminal.</summary>
    /// <param name="connector">The SSH connector.</param>
    /// <param name="terminal">
    /// False runs the shell on plain pipes: for OpenSSH's sshd not running as root (a lab), which drops a connection
    /// that asks for a terminal (<see cref="PromptOptions.Terminal"/>). Real cards take a terminal.
    /// </param>
    public ApcNmcDriver(SshConnector connector, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(connector);
        this.connector = connector;
        this.terminal = terminal;
    }

    /// <inheritdoc/>
    public DriverDescriptor Descriptor => NmcDescriptor.Value;

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connection = await connector.ConnectAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var prompt = new PromptOptions { Prompt = new Regex(NmcCommands.Prompt, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), Terminal = terminal };
            var shell = await connection.OpenShellAsync(prompt, cancellationToken).ConfigureAwait(false);
            return new NmcSession(connection, shell, request.DeviceName, request.Mode);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
