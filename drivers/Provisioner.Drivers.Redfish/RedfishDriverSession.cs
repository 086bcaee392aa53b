using System.Text.Json;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish;

/// <summary>
/// A session with one Redfish service: identify from the service root, the first manager and the event
/// service; read <c>EventService.SMTP</c> and the SMTP subscriptions; write through one <c>PATCH</c> with
/// <c>If-Match</c> and delete + create of subscriptions; snapshot/restore and the test event in partial files.
/// </summary>
/// <param name="connection">The logged-in connection; the session disposes it (deleting the Redfish session).</param>
/// <param name="deviceName">The inventory name, for diagnostics.</param>
/// <param name="mode">Read-only or read-write.</param>
internal sealed partial class RedfishDriverSession(RedfishConnection connection, string deviceName, SessionMode mode)
    : IDriverSession, ISupportsSnapshot, ISupportsTestMessage
{
    private (int Writes, EventServiceDocument Service)? lastService;
    private (int Writes, IReadOnlyList<SmtpSubscription> Subscriptions)? lastSubscriptions;

    /// <inheritdoc/>
    public SessionMode Mode => mode;

    /// <summary>The connection (for tests: how many logins).</summary>
    internal RedfishConnection Connection => connection;

    /// <inheritdoc/>
    public async ValueTask<IdentifyResponse> IdentifyAsync(CancellationToken cancellationToken)
    {
        var root = Accepted(await connection.GetPublicAsync(Endpoints.ServiceRoot, cancellationToken).ConfigureAwait(false)).ReadJson();
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        Put(details, RedfishDescriptor.VersionDetail, Json.Text(root, "RedfishVersion"));
        Put(details, RedfishDescriptor.ProductDetail, Json.Text(root, "Product"));
        var manager = await FirstMemberAsync(Endpoints.Managers, cancellationToken).ConfigureAwait(false);
        var events = await connection.GetAsync(Endpoints.EventService, cancellationToken).ConfigureAwait(false);
        if (events.Interpret() is HttpAccepted)
        {
            Put(details, RedfishDescriptor.EventServiceTypeDetail, Json.Text(events.ReadJson(), "@odata.type"));
        }

        return new IdentifyResponse
        {
            Vendor = Json.Text(root, "Vendor") ?? OemVendor(root) ?? (manager is { } m ? Json.Text(m, "Manufacturer") : null),
            Model = Json.Text(root, "Product") ?? (manager is { } mm ? Json.Text(mm, "Model") : null),
            Firmware = manager is { } mf ? Json.Text(mf, "FirmwareVersion") : null,
            Serial = manager is { } ms ? Json.Text(ms, "SerialNumber") : null,
            Details = details,
        };
    }

    /// <inheritdoc/>
    public async ValueTask<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new DiagnosticList();
        var service = await ReadEventServiceAsync(fresh: true, cancellationToken).ConfigureAwait(false);
        if (service.Smtp is null && request.Keys.Any(k => WireNames.PropertyOf(k) is not null))
        {
            diagnostics.Add(Diagnostic.Warning("redfish.noSmtp", "The service has no EventService.SMTP object", $"{deviceName}'s EventService is {service.ODataType}; SMTP settings came with EventService v1_5_0 (Redfish 2019.3). Use the vendor's own driver (e.g. HPE iLO AlertMail) or set mail by hand.") with { Device = deviceName });
        }

        IReadOnlyList<SmtpSubscription>? subscriptions = null;
        if (request.Keys.Contains(SettingKey.SmtpRecipients) || request.Keys.Contains(SettingKey.AlertsMinimumSeverity))
        {
            subscriptions = await ReadSubscriptionsAsync(fresh: true, cancellationToken).ConfigureAwait(false);
        }

        var values = new Dictionary<SettingKey, Observed>();
        foreach (var key in request.Keys)
        {
            values[key] = key switch
            {
                _ when WireNames.PropertyOf(key) is not null => SmtpReader.Read(key, service, diagnostics),
                _ when key.Equals(SettingKey.SmtpRecipients) => new Observed.Known(new RecipientsValue(
                    [.. subscriptions!.Select(s => new Recipient(s.Address, SeverityMap.ToLevel(s.Severities, service.FiltersBySeverity)))])),
                _ when key.Equals(SettingKey.AlertsMinimumSeverity) => MinimumSeverity(service, subscriptions!),
                _ => new Observed.NotSupported($"driver {RedfishDescriptor.Id} does not manage {key.Name}"),
            };
        }

        return new ReadResponse { Values = values, Diagnostics = diagnostics };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => connection.DisposeAsync();

    /// <summary>
    /// GETs the event service. Snapshot and write reuse this session's last GET when nothing was written
    /// since (the engine reads, snapshots and writes in a row: one GET serves all three; the write's
    /// <c>If-Match</c> still catches a change someone else made in between); a read always GETs.
    /// </summary>
    /// <param name="fresh">True to GET even when the last read is still current (reads and read-backs).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document.</returns>
    private async Task<EventServiceDocument> ReadEventServiceAsync(bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && lastService is { } last && last.Writes == connection.Writes)
        {
            return last.Service;
        }

        var writes = connection.Writes;
        var answer = await connection.GetAsync(Endpoints.EventService, cancellationToken).ConfigureAwait(false);
        var service = answer.Interpret() is HttpResourceMissing
            ? new EventServiceDocument("(no EventService)", null, [], null, null, null)
            : EventServiceDocument.From(Accepted(answer));
        lastService = (writes, service);
        return service;
    }

    /// <summary>The event service, reusing the last GET when nothing was written since (snapshot, write).</summary>
    private Task<EventServiceDocument> ReadEventServiceAsync(CancellationToken cancellationToken) => ReadEventServiceAsync(false, cancellationToken);

    /// <summary>The SMTP subscriptions, reusing the last GET when nothing was written since (snapshot, write).</summary>
    private Task<IReadOnlyList<SmtpSubscription>> ReadSubscriptionsAsync(CancellationToken cancellationToken) => ReadSubscriptionsAsync(false, cancellationToken);

    /// <summary>GETs the SMTP subscriptions, in collection order, or reuses them as the event service is reused; a service without the collection has none.</summary>
    /// <param name="fresh">True to GET even when the last read is still current.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The subscriptions.</returns>
    private async Task<IReadOnlyList<SmtpSubscription>> ReadSubscriptionsAsync(bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && lastSubscriptions is { } last && last.Writes == connection.Writes)
        {
            return last.Subscriptions;
        }

        var writes = connection.Writes;
        var read = await FetchSubscriptionsAsync(cancellationToken).ConfigureAwait(false);
        lastSubscriptions = (writes, read);
        return read;
    }

    private async Task<IReadOnlyList<SmtpSubscription>> FetchSubscriptionsAsync(CancellationToken cancellationToken)
    {
        var answer = await connection.GetAsync(Endpoints.Subscriptions, cancellationToken).ConfigureAwait(false);
        if (answer.Interpret() is HttpResourceMissing)
        {
            return [];
        }

        var list = new List<SmtpSubscription>();
        foreach (var path in Json.Members(Accepted(answer).ReadJson()))
        {
            var member = await connection.GetAsync(path, cancellationToken).ConfigureAwait(false);
            if (member.Interpret() is HttpAccepted && SmtpSubscription.From(path, member.ReadJson()) is { } subscription)
            {
                list.Add(subscription);
            }
        }

        return list;
    }

    private static Observed MinimumSeverity(EventServiceDocument service, IReadOnlyList<SmtpSubscription> subscriptions)
    {
        if (!service.FiltersBySeverity)
        {
            return new Observed.NotSupported("the service advertises no EventService.Severities, so its subscriptions cannot filter by severity (Redfish 2022.3)");
        }

        var levels = subscriptions.Select(s => SeverityMap.ToLevel(s.Severities, true)!.Value).ToList();
        return levels.Count == 0 ? new Observed.Absent() : new Observed.Known(new SeverityValue(levels.Min()));
    }

    private async Task<JsonElement?> FirstMemberAsync(string collection, CancellationToken cancellationToken)
    {
        var answer = await connection.GetAsync(collection, cancellationToken).ConfigureAwait(false);
        if (answer.Interpret() is not HttpAccepted || Json.Members(answer.ReadJson()) is not [var first, ..])
        {
            return null;
        }

        var member = await connection.GetAsync(first, cancellationToken).ConfigureAwait(false);
        return member.Interpret() is HttpAccepted ? member.ReadJson() : null;
    }

    private static HttpAnswer Accepted(HttpAnswer answer) => answer.Interpret() switch
    {
        HttpAccepted => answer,
        _ => throw new DeviceProtocolException($"{answer.Operation} at {answer.Endpoint} answered HTTP {answer.StatusCode}; a Redfish service has this resource. Check that the address is a Redfish service.") { Endpoint = answer.Endpoint, Operation = answer.Operation },
    };

    private static string? OemVendor(JsonElement root) =>
        root.TryGetProperty("Oem", out var oem) && oem.ValueKind == JsonValueKind.Object ? oem.EnumerateObject().Select(p => p.Name).FirstOrDefault() : null;

    private static void Put(Dictionary<string, string> details, string key, string? value)
    {
        if (value is not null)
        {
            details[key] = value;
        }
    }

    private void EnsureWritable(string what)
    {
        if (mode != SessionMode.ReadWrite)
        {
            throw new ReadOnlySessionException($"The session with {deviceName} is read-only (plan or diff); the {what} was not sent.");
        }
    }
}
