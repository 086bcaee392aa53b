using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Transport.Ssh;

namespace Provisioner.Drivers.DotHill;

/// <summary>
/// The <c>hpe.msa</c> and <c>dell.me</c> drivers: the Dot Hill / Seagate controller CLI of HPE MSA 1050/2050/1060/2060
/// and Dell PowerVault ME4/ME5 arrays over SSH. One connection and one prompt shell per session, switched to XML
/// output; the host key is checked by the transport before anything is sent. A plan is <c>show system</c>,
/// <c>show versions</c> and <c>show email-parameters</c>; an apply adds one <c>set email-parameters</c> per setting
/// changed, then the read-back.
/// </summary>
public sealed class DotHillDriver : IDeviceDriver
{
    private readonly SshConnector connector;
    private readonly bool terminal;

    /// <summary>Creates the driver for one family member on the composition root's SSH connector; sessions use a pseudo-terminal.</summary>
    /// <param name="descriptor"><see cref="HpeMsaDescriptor.Value"/> or <see cref="DellMeDescriptor.Value"/>.</param>
    /// <param name="connector">The SSH connector.</param>
    public DotHillDriver(DriverDescriptor descriptor, SshConnector connector)
        : this(descriptor, connector, terminal: true)
    {
    }

    /// <summary>Creates the driver, choosing whether sessions ask for a pseudo-terminal.</summary>
    /// <param name="descriptor"><see cref="HpeMsaDescriptor.Value"/> or <see cref="DellMeDescriptor.Value"/>.</param>
    /// <param name="connector">The SSH connector.</param>
    /// <param name="terminal">False runs the shell on plain pipes: for a lab sshd not running as root (<see cref="PromptOptions.Terminal"/>).</param>
    public DotHillDriver(DriverDescriptor descriptor, SshConnector connector, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(connector);
        if (descriptor != HpeMsaDescriptor.Value && descriptor != DellMeDescriptor.Value)
        {
            throw new ArgumentException($"The Dot Hill driver serves {HpeMsaDescriptor.Id} and {DellMeDescriptor.Id}, not {descriptor.Id}.", nameof(descriptor));
        }

        Descriptor = descriptor;
        this.connector = connector;
        this.terminal = terminal;
    }

    /// <inheritdoc/>
    public DriverDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prompt = new PromptOptions
        {
            Prompt = new Regex(DotHillCommands.Prompt, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            PagerPatterns = [.. PromptOptions.DefaultPagerPatterns, new Regex(DotHillAssumptions.Pager, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))],
            Terminal = terminal,
        };
        var cli = await DotHillCli.OpenAsync(connector, request, prompt, cancellationToken).ConfigureAwait(false);
        return new DotHillSession(cli, Descriptor, request.DeviceName, request.Mode);
    }
}
