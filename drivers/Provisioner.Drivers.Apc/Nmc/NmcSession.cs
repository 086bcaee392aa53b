using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Transport.Ssh;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>
/// A session with one card over one SSH connection and one shell: identify from the login banner, read with
/// <c>smtp</c> and <c>email</c> fresh on every read, write one option per command. Snapshot/restore and writing live
/// in the other parts of this class.
/// </summary>
internal sealed partial class NmcSession : IDriverSession, ISupportsSnapshot
{
    private readonly DeviceSshConnection connection;
    private readonly PromptShell shell;
    private readonly string device;

    /// <summary>Creates the session.</summary>
    /// <param name="connection">The connection; the session disposes it.</param>
    /// <param name="shell">The shell at its first prompt; the session disposes it.</param>
    /// <param name="device">The device name.</param>
    /// <param name="mode">Read-only or read-write.</param>
    public NmcSession(DeviceSshConnection connection, PromptShell shell, string device, SessionMode mode)
    {
        this.connection = connection;
        this.shell = shell;
        this.device = device;
        Mode = mode;
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <inheritdoc/>
    public ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lines = shell.Banner.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["ssh.banner"] = string.Join(" | ", lines.Take(3)) };
        if (connection.ServerVersion is { } version)
        {
            details["ssh.serverVersion"] = version;
        }

        string? vendor = null, firmware = null, model = null;
        foreach (var line in lines)
        {
            if (vendor is null && AosLine().Match(line) is { Success: true } aos)
            {
                vendor = aos.Groups["vendor"].Value;
                firmware = aos.Groups["aos"].Value;
                model = "Network Management Card " + (Major(firmware) <= NmcAssumptions.HighestNmc3AosMajor ? "3" : "2");
            }
            else if (ApplicationLine().Match(line) is { Success: true } app)
            {
                details["apc.application"] = $"{app.Groups["app"].Value} {app.Groups["version"].Value}";
            }
        }

        return ValueTask.FromResult(new IdentifyResponse { Vendor = vendor, Model = model, Firmware = firmware, Details = details });
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<SettingKey, Observed>();
        if (request.Keys.Any(NmcReadMapping.SmtpKeys.Contains))
        {
            var smtp = await ReadSmtpAsync(cancellationToken).ConfigureAwait(false);
            foreach (var key in request.Keys.Where(NmcReadMapping.SmtpKeys.Contains))
            {
                values[key] = NmcReadMapping.Read(key, smtp);
            }
        }

        if (request.Keys.Any(NmcReadMapping.EmailKeys.Contains))
        {
            var slots = await ReadEmailAsync(cancellationToken).ConfigureAwait(false);
            foreach (var key in request.Keys.Where(NmcReadMapping.EmailKeys.Contains))
            {
                values[key] = NmcReadMapping.Read(key, slots);
            }
        }

        foreach (var key in request.Keys.Where(k => !values.ContainsKey(k)))
        {
            values[key] = new Observed.NotSupported(key.Equals(SettingKey.AlertsMinimumSeverity) ? NmcSettings.NoThreshold : $"driver {NmcDescriptor.Id} does not manage it");
        }

        return new ReadResponse { Values = values };
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await shell.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<NmcSmtp> ReadSmtpAsync(CancellationToken cancellationToken) =>
        NmcSmtp.Parse((await RunReadAsync(NmcCommands.Smtp, cancellationToken).ConfigureAwait(false)).Body, connection.Endpoint);

    private async Task<IReadOnlyList<NmcRecipientSlot>> ReadEmailAsync(CancellationToken cancellationToken) =>
        NmcRecipientSlot.Parse((await RunReadAsync(NmcCommands.Email, cancellationToken).ConfigureAwait(false)).Body, connection.Endpoint);

    private async Task<NmcResult> RunReadAsync(string command, CancellationToken cancellationToken)
    {
        var result = NmcResult.Parse(await shell.SendAsync(command, cancellationToken).ConfigureAwait(false), command, connection.Endpoint);
        return result.Succeeded ? result
            : throw new DeviceProtocolException($"SSH at {connection.Endpoint}: `{command}` answered {result.Label} ({result.Text}); the card did not show its settings. Check the user's access level (E104 is a user level denial).") { Endpoint = connection.Endpoint, Operation = command };
    }

    private void EnsureWritable(string what)
    {
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {device} is read-only (plan or diff); the {what} was not sent.");
        }
    }

    private static int Major(string version) =>
        int.TryParse(version.TrimStart('v').Split('.')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) ? major : int.MaxValue;

    [GeneratedRegex(NmcAssumptions.BannerAos, RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AosLine();

    [GeneratedRegex(NmcAssumptions.BannerApplication, RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ApplicationLine();
}
