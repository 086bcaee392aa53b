using System.Text;
using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// Base of the SNMP vendor drivers: a descriptor built from a list of <see cref="SnmpSetting"/>s, and
/// <see cref="OpenAsync"/>, which builds the target, reads sysObjectID and sysDescr (this authenticates
/// the credentials) and opens a <see cref="SnmpDriverSession"/>.
/// </summary>
public abstract class SnmpDriver : IDeviceDriver
{
    private readonly Regex? sysDescrPattern;
    private readonly SnmpClient? client;

    /// <summary>Creates the driver.</summary>
    /// <param name="descriptor">The descriptor without settings; its settings are taken from <paramref name="settings"/>.</param>
    /// <param name="settings">The settings, each bound to its MIB objects.</param>
    /// <param name="sysDescrPattern">A pattern with optional named groups <c>model</c> and <c>firmware</c> to read from sysDescr; null to leave them empty.</param>
    /// <param name="client">A shared SNMP client (one socket for every device; the caller disposes it), or null for one client per session.</param>
    protected SnmpDriver(DriverDescriptor descriptor, IReadOnlyList<SnmpSetting> settings, Regex? sysDescrPattern, SnmpClient? client = null)
    {
        this.client = client;
        ArgumentNullException.ThrowIfNull(descriptor);
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Descriptor = descriptor with
        {
            Settings = [.. settings.Select(s => s.Descriptor)],
            DefaultPort = descriptor.DefaultPort ?? SnmpTargetBuilder.DefaultPort,
        };
        this.sysDescrPattern = sysDescrPattern;
    }

    /// <inheritdoc/>
    public DriverDescriptor Descriptor { get; }

    /// <summary>The settings with their MIB objects, in declaration order.</summary>
    public IReadOnlyList<SnmpSetting> Settings { get; }

    /// <summary>Finds the setting of <paramref name="key"/>.</summary>
    /// <param name="key">The catalogue key.</param>
    /// <returns>The setting, or null when the driver does not declare it.</returns>
    public SnmpSetting? Find(SettingKey key) => Settings.FirstOrDefault(s => s.Key.Equals(key));

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await SnmpTargetBuilder.BuildAsync(request, cancellationToken);
        var channel = new SnmpChannel(target, request.DeviceName, client);
        try
        {
            var values = await channel.GetAsync([SystemOids.SysObjectId, SystemOids.SysDescr], cancellationToken);
            var identity = Describe(
                values[0] is ObjectIdentifier id ? id.Value.ToString() : null,
                values[1] is OctetString descr ? Encoding.UTF8.GetString(descr.AsSpan()) : null);
            return CreateSession(channel, request.Mode, identity);
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the session; drivers with optional capabilities return their own session type.</summary>
    /// <param name="channel">The open channel (the session owns it).</param>
    /// <param name="mode">Read-only or read-write.</param>
    /// <param name="identity">What the device said it is.</param>
    /// <returns>The session.</returns>
    protected virtual SnmpDriverSession CreateSession(SnmpChannel channel, SessionMode mode, IdentifyResponse identity) =>
        new(this, channel, mode, identity);

    /// <summary>Builds the identity from sysObjectID and sysDescr.</summary>
    /// <param name="sysObjectId">The dotted sysObjectID, or null.</param>
    /// <param name="sysDescr">The sysDescr, or null.</param>
    /// <returns>The identity, with model and firmware when the pattern finds them.</returns>
    protected virtual IdentifyResponse Describe(string? sysObjectId, string? sysDescr)
    {
        var match = sysDescr is null ? null : sysDescrPattern?.Match(sysDescr);
        string? Group(string name) => match is { Success: true } && match.Groups[name] is { Success: true } g ? g.Value.Trim() : null;
        return new IdentifyResponse
        {
            Vendor = Descriptor.Vendor,
            Model = Group("model"),
            Firmware = Group("firmware"),
            Details = SnmpIdentityRule.Details(sysObjectId, sysDescr),
        };
    }
}
