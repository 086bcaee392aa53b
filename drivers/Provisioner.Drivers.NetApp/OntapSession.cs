using System.Text.Json;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// A session with one ONTAP cluster: identify from <c>/api/cluster</c> and <c>/api/cluster/nodes</c>, read the EMS
/// mail settings and destinations fresh on every read. Writing, snapshot/restore and the test event live in the other
/// parts of this class.
/// </summary>
internal sealed partial class OntapSession : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private static readonly HashSet<SettingKey> EmsKeys = new HashSet<SettingKey> { SettingKey.SmtpRelay, SettingKey.SmtpPort, SettingKey.SmtpFrom };
    private static readonly HashSet<SettingKey> DestinationKeys = new HashSet<SettingKey> { SettingKey.SmtpEnabled, SettingKey.SmtpRecipients, SettingKey.AlertsMinimumSeverity };

    private readonly OntapClient client;
    private readonly string device;
    private readonly DestinationWriter destinations;

    /// <summary>Creates the session.</summary>
    /// <param name="client">The cluster's client; the session disposes it.</param>
    /// <param name="device">The device name.</param>
    /// <param name="mode">Read-only or read-write.</param>
    public OntapSession(OntapClient client, string device, SessionMode mode)
    {
        this.client = client;
        this.device = device;
        Mode = mode;
        destinations = new DestinationWriter(client, device);
    }

    /// <inheritdoc/>
    public SessionMode Mode { get; }

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var cluster = await client.GetAsync(Endpoints.Cluster, cancellationToken).ConfigureAwait(false);
        var nodes = await client.GetAsync(Endpoints.Nodes, cancellationToken).ConfigureAwait(false);
        var version = cluster.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
        var firstNode = nodes.TryGetProperty("records", out var records) && records.ValueKind == JsonValueKind.Array && records.GetArrayLength() > 0 ? records[0] : default;
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, element, field) in new[] { ("cluster", cluster, "name"), ("clusterUuid", cluster, "uuid"), ("node", firstNode, "name") })
        {
            if (Text(element, field) is { Length: > 0 } value)
            {
                details[name] = value;
            }
        }

        if (version.ValueKind == JsonValueKind.Object && version.TryGetProperty("generation", out var g) && version.TryGetProperty("major", out var m) && version.TryGetProperty("minor", out var n))
        {
            details["ontapVersion"] = $"{g.GetRawText()}.{m.GetRawText()}.{n.GetRawText()}";
        }

        return new IdentifyResponse
        {
            Vendor = "NetApp",
            Model = Text(firstNode, "model"),
            Firmware = Text(version, "full"),
            Serial = Text(firstNode, "serial_number"),
            Details = details,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<SettingKey, Observed>();
        if (request.Keys.Any(EmsKeys.Contains))
        {
            var ems = await ReadEmsAsync(cancellationToken).ConfigureAwait(false);
            foreach (var key in request.Keys.Where(EmsKeys.Contains))
            {
                values[key] = ems.Observe(key);
            }
        }

        if (request.Keys.Any(DestinationKeys.Contains))
        {
            var mine = EmsDestination.Mine(await destinations.ReadAllAsync(cancellationToken).ConfigureAwait(false));
            foreach (var key in request.Keys.Where(DestinationKeys.Contains))
            {
                values[key] = await ObserveAsync(key, mine, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var key in request.Keys.Where(k => !values.ContainsKey(k)))
        {
            values[key] = key.Name switch
            {
                "smtp.security" => new Observed.Known(new SecurityValue(SmtpSecurity.None)),
                "smtp.auth.password" => new Observed.WriteOnly(),
                "smtp.auth.user" => new Observed.NotSupported("ONTAP's REST name for the SMTP AUTH user is unverified; it is set with the CLI (see the manual step)"),
                _ => new Observed.NotSupported($"driver {OntapDescriptor.Id} does not manage it"),
            };
        }

        return new ReadResponse { Values = values };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<Observed> ObserveAsync(SettingKey key, IReadOnlyList<EmsDestination> mine, CancellationToken cancellationToken)
    {
        switch (key.Name)
        {
            case "smtp.enabled":
                return new Observed.Known(new BooleanValue(mine.Count > 0));
            case "smtp.recipients":
                return new Observed.Known(new RecipientsValue([.. mine.Where(d => d.Type == Endpoints.EmailType).Select(d => new Recipient(d.Address))]));
            default:
                var filters = mine.SelectMany(d => d.Filters).Distinct(StringComparer.Ordinal).ToList();
                if (mine.Count == 0 || mine.Any(d => d.Filters.Count != 1) || filters.Count != 1 || SeverityFilters.LevelOf(filters[0]) is not { } level)
                {
                    return new Observed.Absent();
                }

                return await destinations.FilterHoldsAsync(filters[0], cancellationToken).ConfigureAwait(false) ? new Observed.Known(new SeverityValue(level)) : new Observed.Absent();
        }
    }

    private async Task<EmsMail> ReadEmsAsync(CancellationToken cancellationToken) =>
        EmsMail.Read(await client.GetAsync(Endpoints.EmsRead, cancellationToken).ConfigureAwait(false));

    private void EnsureWritable(string what)
    {
        if (Mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {device} is read-only (plan or diff); the {what} was not sent.");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
