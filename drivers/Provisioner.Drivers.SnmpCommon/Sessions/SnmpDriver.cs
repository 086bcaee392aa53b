using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// Base of the SNMP drivers: a descriptor built from a list of <see cref="SnmpSetting"/>s, and
/// <see cref="OpenAsync"/>, which builds the target and opens a <see cref="SnmpDriverSession"/> without
/// any I/O. The session reads sysObjectID and sysDescr at identify, in the same GET as every setting's
/// objects where the agent answers missing objects inline.
/// </summary>
public abstract class SnmpDriver : IDeviceDriver
{
    private readonly Regex? sysDescrPattern;
    private readonly SnmpClient? client;
    private readonly SnmpResendPolicy? resends;
    private readonly Dictionary<SettingKey, SnmpSetting> byKey;

    /// <summary>Creates the driver.</summary>
    /// <param name="descriptor">The descriptor without settings; its settings are taken from <paramref name="settings"/>.</param>
    /// <param name="settings">The settings, each bound to its MIB objects.</param>
    /// <param name="sysDescrPattern">A pattern with optional named groups <c>model</c> and <c>firmware</c> to read from sysDescr; null to leave them empty.</param>
    /// <param name="client">A shared SNMP client (one socket for every device; the caller disposes it), or null for one client per session.</param>
    /// <param name="resends">How requests are resent within the timeout; null for the transport's default.</param>
    /// <param name="writes">How sessions write (one SET, or ordered SETs, and a commit step); null for one SET.</param>
    protected SnmpDriver(DriverDescriptor descriptor, IReadOnlyList<SnmpSetting> settings, Regex? sysDescrPattern, SnmpClient? client = null, SnmpResendPolicy? resends = null, SnmpWriteOptions? writes = null)
    {
        this.client = client;
        Writes = writes ?? SnmpWriteOptions.OneSet;
        this.resends = resends;
        ArgumentNullException.ThrowIfNull(descriptor);
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Descriptor = descriptor with
        {
            Settings = [.. settings.Select(s => s.Descriptor)],
            DefaultPort = descriptor.DefaultPort ?? SnmpTargetBuilder.DefaultPort,
        };
        this.sysDescrPattern = sysDescrPattern;
        byKey = settings.ToDictionary(s => s.Key);
        StateObjects = [.. settings.SelectMany(s => s.ReadObjects).Distinct()];
        WritableObjects = [.. settings.Where(s => s.Descriptor.Access != SettingAccess.ReadOnly).SelectMany(s => s.ReadObjects).Distinct()];
        IdentityAndStateObjects = [.. new[] { SystemOids.SysObjectId, SystemOids.SysDescr }.Concat(StateObjects).Distinct()];
    }

    /// <inheritdoc/>
    public DriverDescriptor Descriptor { get; }

    /// <summary>How sessions write: one SET (the default) or ordered SETs, and the commit step.</summary>
    public SnmpWriteOptions Writes { get; }

    /// <summary>The settings with their MIB objects, in declaration order.</summary>
    public IReadOnlyList<SnmpSetting> Settings { get; }

    /// <summary>Every instance the settings read, each once.</summary>
    public IReadOnlyList<Oid> StateObjects { get; }

    /// <summary>The instances the writable settings read, each once: what a snapshot holds.</summary>
    public IReadOnlyList<Oid> WritableObjects { get; }

    /// <summary>sysObjectID, sysDescr and <see cref="StateObjects"/>: what identify reads in one GET.</summary>
    public IReadOnlyList<Oid> IdentityAndStateObjects { get; }

    /// <summary>Finds the setting of <paramref name="key"/>.</summary>
    /// <param name="key">The catalogue key.</param>
    /// <returns>The setting, or null when the driver does not declare it.</returns>
    public SnmpSetting? Find(SettingKey key) => byKey.GetValueOrDefault(key);

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var aimed = request with { Port = request.Port ?? Descriptor.DefaultPort };
        var target = resends is null
            ? await SnmpTargetBuilder.BuildAsync(aimed, cancellationToken).ConfigureAwait(false)
            : await SnmpTargetBuilder.BuildAsync(aimed, resends, cancellationToken).ConfigureAwait(false);
        return CreateSession(new SnmpChannel(target, request.DeviceName, client), request.Mode);
    }

    /// <summary>Builds the identity from sysObjectID and sysDescr (the session calls it at identify).</summary>
    /// <param name="sysObjectId">The dotted sysObjectID, or null.</param>
    /// <param name="sysDescr">The sysDescr, or null.</param>
    /// <returns>The identity.</returns>
    public IdentifyResponse Identify(string? sysObjectId, string? sysDescr) => Describe(sysObjectId, sysDescr);

    /// <summary>Creates the session; drivers with optional capabilities return their own session type.</summary>
    /// <param name="channel">The channel (the session owns it).</param>
    /// <param name="mode">Read-only or read-write.</param>
    /// <returns>The session.</returns>
    protected virtual SnmpDriverSession CreateSession(SnmpChannel channel, SessionMode mode) => new(this, channel, mode);

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
