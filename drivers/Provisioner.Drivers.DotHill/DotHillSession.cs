using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>
/// A session with one array: identify with <c>show system</c> and <c>show versions</c>, read with
/// <c>show email-parameters</c> fresh on every read. Writing, snapshot/restore and the test mail live in the other
/// parts of this class.
/// </summary>
internal sealed partial class DotHillSession : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private readonly DotHillCli cli;
    private readonly DriverDescriptor descriptor;
    private readonly string device;

    /// <summary>Creates the session.</summary>
    /// <param name="cli">The CLI at its prompt; the session disposes it.</param>
    /// <param name="descriptor">The family member's descriptor.</param>
    /// <param name="device">The device name.</param>
    /// <param name="mode">Read-only or read-write.</param>
    public DotHillSession(DotHillCli cli, DriverDescriptor descriptor, string device, SessionMode mode)
    {
        this.cli = cli;
        this.descriptor = descriptor;
        this.device = device;
        Mode = mode;
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cli.ServerVersion is { } version)
        {
            details["ssh.serverVersion"] = version;
        }

        var system = (await RunReadAsync(DotHillAssumptions.ShowSystem, cancellationToken).ConfigureAwait(false)).Find(DotHillAssumptions.SystemObject);
        var versions = (await RunReadAsync(DotHillAssumptions.ShowVersions, cancellationToken).ConfigureAwait(false)).Objects.FirstOrDefault(o => o.Get(DotHillAssumptions.BundleProperty) is not null);
        foreach (var (name, value) in new[] { (DotHillAssumptions.BrandProperty, system?.Get(DotHillAssumptions.BrandProperty)), (DotHillAssumptions.NameProperty, system?.Get(DotHillAssumptions.NameProperty)) })
        {
            if (value is { Length: > 0 })
            {
                details["dothill." + name] = value;
            }
        }

        return new IdentifyResponse
        {
            Vendor = system?.Get(DotHillAssumptions.VendorProperty),
            Model = system?.Get(DotHillAssumptions.ModelProperty),
            Firmware = versions?.Get(DotHillAssumptions.BundleProperty),
            Details = details,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<SettingKey, Observed>();
        if (request.Keys.Any(DotHillReadMapping.Keys.Contains))
        {
            var email = await ReadEmailAsync(cancellationToken).ConfigureAwait(false);
            foreach (var key in request.Keys.Where(DotHillReadMapping.Keys.Contains))
            {
                values[key] = DotHillReadMapping.Read(key, email);
            }
        }

        foreach (var key in request.Keys.Where(k => !values.ContainsKey(k)))
        {
            values[key] = new Observed.NotSupported($"driver {descriptor.Id} does not manage it");
        }

        return new ReadResponse { Values = values };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => cli.DisposeAsync();

    private async Task<EmailParameters> ReadEmailAsync(CancellationToken cancellationToken) =>
        EmailParameters.Parse(await RunReadAsync(DotHillCommands.ShowEmail, cancellationToken).ConfigureAwait(false), cli.Endpoint);

    private async Task<DotHillResponse> RunReadAsync(string command, CancellationToken cancellationToken)
    {
        var response = await cli.RunAsync(command, command, null, cancellationToken).ConfigureAwait(false);
        return response.Succeeded ? response
            : throw new DeviceProtocolException($"SSH at {cli.Endpoint}: `{command}` answered Error ({response.Message}); the array did not show it. Check the user's role (monitor or manage).") { Endpoint = cli.Endpoint, Operation = command };
    }

    private void EnsureWritable(string what)
    {
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {device} is read-only (plan or diff); the {what} was not sent.");
        }
    }
}
